"""A full reading of the project's own article (tests/data/lucknow_article.txt, written for
these tests): the same traits as the touchstone, so its checks run on every clone.

Each entity is (key, surface, label, anchor), as in kanpur_gold: the surface is looked up
inside `anchor`, a string that occurs exactly once in the article.
"""

from __future__ import annotations

from tests.data import gold
from tests.paths import LUCKNOW as ARTICLE  # noqa: F401  (articles.py reads lucknow_gold.ARTICLE)

# The ₹ sign stays outside the money spans: the window snaps a selection to word characters.
ENTITIES: list[tuple[str, str, str, str]] = [
    # heading
    ("lko0", "लखनऊ", "LOCATION", "लखनऊ में व्यापारी"),
    ("dacoity0", "डकैती", "CRIME", "घर डकैती, गार्ड"),
    ("murder0", "हत्या", "CRIME", "गार्ड की हत्या;"),
    ("3acc", "तीन आरोपी", "QUANTITY", "तीन आरोपी गिरफ़्तार"),
    # paragraph 1
    ("up", "उत्तर प्रदेश", "LOCATION", "उत्तर प्रदेश की राजधानी"),
    ("lko1", "लखनऊ", "LOCATION", "राजधानी लखनऊ के"),
    ("hzg1", "हज़रतगंज", "LOCATION", "लखनऊ के हज़रतगंज इलाके"),
    ("d12mar", "12 मार्च 2025", "DATE", "12 मार्च 2025"),
    ("t1030", "रात साढ़े दस बजे", "TIME", "रात साढ़े दस बजे"),
    ("trader", "कपड़ा व्यापारी", "DESIGNATION", "कपड़ा व्यापारी"),
    ("da1", "दिनेश अग्रवाल", "PERSON", "व्यापारी दिनेश अग्रवाल के घर"),
    ("guard", "गार्ड", "DESIGNATION", "गार्ड रामपाल की गोली"),
    ("rp1", "रामपाल", "PERSON", "गार्ड रामपाल की गोली"),
    ("murder1", "हत्या", "CRIME", "मारकर हत्या"),
    ("sp1", "पुलिस अधीक्षक", "DESIGNATION", "पुलिस अधीक्षक सुरेश"),
    ("scv", "सुरेश चंद्र वर्मा", "PERSON", "सुरेश चंद्र वर्मा"),
    ("m25l", "25 लाख रुपये", "MONEY", "25 लाख रुपये नकद"),
    ("loot1", "लूट", "CRIME", "गहने लूट ले गए"),
    ("verma1", "वर्मा", "PERSON", "। वर्मा ने कहा"),
    ("hzg_ps", "हज़रतगंज थाने", "ORGANIZATION", "हज़रतगंज थाने"),
    ("sho1", "थानाध्यक्ष", "DESIGNATION", "थानाध्यक्ष नरेंद्र"),
    ("nps", "नरेंद्र पाल सिंह", "PERSON", "नरेंद्र पाल सिंह"),
    # paragraph 2
    ("da2", "दिनेश अग्रवाल", "PERSON", "दिनेश अग्रवाल की पत्नी"),
    ("suni1", "सुनीता अग्रवाल", "PERSON", "सुनीता अग्रवाल ने पुलिस"),
    ("ankit", "अंकित अग्रवाल", "PERSON", "अंकित अग्रवाल"),
    ("suni2", "सुनीता", "PERSON", "सुनीता के अनुसार"),
    ("4goons", "चार", "QUANTITY", "संख्या चार थी"),
    ("2phones", "दो मोबाइल फोन", "QUANTITY", "दो मोबाइल फोन"),
    ("da3", "दिनेश अग्रवाल", "PERSON", "दिनेश अग्रवाल उस रात"),
    ("aminabad", "अमीनाबाद", "LOCATION", "अमीनाबाद"),
    # paragraph 3
    ("da4", "दिनेश अग्रवाल", "PERSON", "दिनेश अग्रवाल ने पिछले"),
    ("jan", "पिछले साल जनवरी", "DATE", "पिछले साल जनवरी"),
    ("alambagh", "आलमबाग", "LOCATION", "आलमबाग निवासी"),
    ("sk1", "संजय कश्यप", "PERSON", "निवासी संजय कश्यप"),
    ("plot", "प्लॉट", "PRODUCT", "एक प्लॉट खरीदा"),
    ("m480", "४,८०,०००", "MONEY", "₹४,८०,०००"),
    ("da5", "दिनेश अग्रवाल", "PERSON", "पर दिनेश अग्रवाल ने बाकी"),
    ("m120", "1,20,000", "MONEY", "₹ 1,20,000"),
    ("kashyap1", "कश्यप", "PERSON", "चलते कश्यप ने"),
    ("dacoity1", "डकैती", "CRIME", "ने डकैती की योजना"),
    ("sho2", "थानाध्यक्ष", "DESIGNATION", "थानाध्यक्ष सिंह"),
    ("singh", "सिंह", "PERSON", "थानाध्यक्ष सिंह"),
    ("kashyap2", "कश्यप", "PERSON", "कि कश्यप पर"),
    ("fraud", "धोखाधड़ी", "CRIME", "धोखाधड़ी"),
    ("3cases", "तीन मुकदमे", "QUANTITY", "तीन मुकदमे"),
    # paragraph 4
    ("daroga1", "दारोगा", "DESIGNATION", "दारोगा रमेश यादव की टीम"),
    ("ry1", "रमेश यादव", "PERSON", "दारोगा रमेश यादव की टीम"),
    ("d14mar", "शुक्रवार, 14 मार्च", "DATE", "शुक्रवार, 14 मार्च"),
    ("charbagh", "चारबाग रेलवे स्टेशन", "LOCATION", "चारबाग रेलवे स्टेशन"),
    ("sk2", "संजय कश्यप", "PERSON", "से संजय कश्यप और"),
    ("gun", "देसी तमंचा", "PRODUCT", "देसी तमंचा"),
    ("3rounds", "तीन ज़िंदा कारतूस", "QUANTITY", "तीन ज़िंदा कारतूस"),
    ("m8l", "8 लाख रुपये", "MONEY", "8 लाख रुपये"),
    ("sk3", "संजय कश्यप", "PERSON", "पूछताछ में संजय कश्यप"),
    ("rp2", "रामपाल", "PERSON", "कि रामपाल को"),
    ("daroga2", "दारोगा", "DESIGNATION", "दारोगा रमेश यादव ने"),
    ("ry2", "रमेश यादव", "PERSON", "दारोगा रमेश यादव ने"),
    ("sbi", "स्टेट बैंक ऑफ इंडिया", "ORGANIZATION", "स्टेट बैंक ऑफ इंडिया"),
    # paragraph 5
    ("bns", "भारतीय न्याय संहिता की धारा 103", "LAW", "भारतीय न्याय संहिता की धारा 103"),
    ("arms", "आर्म्स एक्ट", "LAW", "आर्म्स एक्ट"),
    ("sp2", "पुलिस अधीक्षक", "DESIGNATION", "पुलिस अधीक्षक वर्मा"),
    ("verma2", "वर्मा", "PERSON", "अधीक्षक वर्मा ने"),
    ("m10k", "१०,०००", "MONEY", "₹१०,०००"),
    ("lko2", "लखनऊ", "LOCATION", "लखनऊ और बाराबंकी"),
    ("barabanki", "बाराबंकी", "LOCATION", "बाराबंकी"),
    ("raid", "दबिश", "EVENT", "दबिश"),
    ("ry3", "रमेश यादव", "PERSON", "रमेश यादव के मुताबिक"),
    ("da6", "दिनेश अग्रवाल", "PERSON", "दिनेश अग्रवाल ने पुलिस का"),
]

RELATIONS: list[tuple[str, str, str]] = [
    ("lko1", "up", "LOCATED_IN"),
    ("hzg1", "lko1", "LOCATED_IN"),
    ("hzg_ps", "hzg1", "LOCATED_IN"),
    ("da1", "trader", "HAS_DESIGNATION"),
    ("rp1", "guard", "HAS_DESIGNATION"),
    ("scv", "sp1", "HAS_DESIGNATION"),
    ("nps", "sho1", "HAS_DESIGNATION"),
    ("sho1", "hzg_ps", "DESIGNATION_AT"),
    ("murder1", "d12mar", "DATE_OF"),
    ("murder1", "t1030", "DATE_OF"),
    ("murder1", "hzg1", "PLACE_OF"),
    ("rp1", "murder1", "VICTIM_OF"),
    ("suni1", "da2", "SPOUSE_OF"),
    ("ankit", "suni1", "CHILD_OF"),
    ("sk1", "alambagh", "RESIDENT_OF"),
    ("da4", "plot", "BOUGHT"),
    ("da4", "sk1", "BOUGHT_FROM"),
    ("m480", "plot", "PRICE_OF"),
    ("m120", "sk1", "PAID_TO"),
    ("kashyap1", "dacoity1", "ACCUSED_IN"),
    ("kashyap2", "fraud", "ACCUSED_IN"),
    ("kashyap2", "3cases", "CHARGED_WITH"),
    ("ry1", "daroga1", "HAS_DESIGNATION"),
    ("sk2", "ry1", "ARRESTED_BY"),
    ("sk3", "rp2", "KILLED"),
    ("ry2", "daroga2", "HAS_DESIGNATION"),
    ("sk3", "bns", "CHARGED_WITH"),
    ("sk3", "arms", "CHARGED_WITH"),
    ("verma2", "sp2", "HAS_DESIGNATION"),
    ("barabanki", "up", "LOCATED_IN"),
    ("raid", "barabanki", "PLACE_OF"),
]


def record(text: str, *, doc_id: str = "lucknow-001", source: str = "asha") -> dict:
    """The article as one gold-JSONL record with every entity and relation above."""
    return gold.record(text, ENTITIES, RELATIONS, doc_id=doc_id, source_file="lucknow_article.txt", source=source)
