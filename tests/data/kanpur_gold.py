"""A careful annotator's full reading of the touchstone article (../shared/data/kanpur_article.txt).

Each entity is (key, surface, label, anchor): the surface is looked up inside `anchor`, a
string that occurs exactly once in the article, so offsets are computed, never typed by hand.
"""

from __future__ import annotations

from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "kanpur_article.txt"

ENTITIES: list[tuple[str, str, str, str]] = [
    # paragraph 1
    ("up", "उत्तर प्रदेश", "LOCATION", "उत्तर प्रदेश के कानपुर"),
    ("knp", "कानपुर", "LOCATION", "उत्तर प्रदेश के कानपुर"),
    ("pc1", "पुलिस कमिश्नर", "DESIGNATION", "कानपुर में पुलिस कमिश्नर के पीआरओ"),
    ("pro1", "पीआरओ", "DESIGNATION", "पुलिस कमिश्नर के पीआरओ"),
    ("gang1", "गैंगस्टर", "DESIGNATION", "पीआरओ का गैंगस्टर"),
    ("bullet1", "बुलेट", "PRODUCT", "गैंगस्टर की बुलेट से"),
    ("pc2", "पुलिस कमिश्नर", "DESIGNATION", "मामले में पुलिस कमिश्नर ने"),
    ("pa", "पुलिस आयुक्त", "DESIGNATION", "पुलिस आयुक्त विजय"),
    ("vsm", "विजय सिंह मीणा", "PERSON", "विजय सिंह मीणा"),
    ("pro2", "पीआरओ", "DESIGNATION", "पीआरओ अजय मिश्रा पर"),
    ("am1", "अजय मिश्रा", "PERSON", "पीआरओ अजय मिश्रा पर"),
    ("jcp", "जेसीपी", "DESIGNATION", "जेसीपी आनंद"),
    ("apt", "आनंद प्रकाश तिवारी", "PERSON", "आनंद प्रकाश तिवारी"),
    ("4days", "चार दिन के अंदर", "DATE", "चार दिन के अंदर"),
    # paragraph 2
    ("am2", "अजय मिश्रा", "PERSON", "वहीं अजय मिश्रा का कहना"),
    ("bullet2", "बुलेट", "PRODUCT", "उन्होंने यह बुलेट एक ब्रोकर"),
    ("broker", "ब्रोकर", "DESIGNATION", "एक ब्रोकर के"),
    ("bullet3", "बुलेट", "PRODUCT", "कि यह बुलेट किसी"),
    ("gang2", "गैंगस्टर", "DESIGNATION", "किसी गैंगस्टर की है"),
    ("y2020", "साल 2020", "DATE", "साल 2020 में 90"),
    ("m90", "90 हजार रुपये", "MONEY", "90 हजार रुपये"),
    ("bullet4", "बुलेट", "PRODUCT", "रुपये में बुलेट खरीदी"),
    ("m50", "50 हजार रुपए", "MONEY", "50 हजार रुपए"),
    ("m40", "40 हजार रुपए", "MONEY", "40 हजार रुपए"),
    ("br1", "बलराम राजपूत", "PERSON", "उन्होंने बलराम राजपूत को नकद"),
    # paragraph 3
    ("daroga", "दारोगा", "DESIGNATION", "दारोगा अजय"),
    ("am3", "अजय मिश्रा", "PERSON", "दारोगा अजय मिश्रा"),
    ("y2018", "साल 2018", "DATE", "साल 2018"),
    ("suicide", "खुदकुशी", "EVENT", "खुदकुशी"),
    ("br2", "बलराम राजपूत", "PERSON", "वहीं से बलराम राजपूत उनके"),
    ("br3", "बलराम राजपूत", "PERSON", "बाद में बलराम राजपूत को"),
    ("bike", "बाइक", "PRODUCT", "उन्होंने बाइक उससे"),
    ("utk", "उत्कर्ष", "PERSON", "बेटे उत्कर्ष"),
    # paragraph 4
    ("car", "गाड़ी", "PRODUCT", "गाड़ी पहले"),
    ("br4", "बलराम राजपूत", "PERSON", "पहले बलराम राजपूत की पत्नी"),
    ("soni1", "सोनी राजपूत", "PERSON", "पत्नी सोनी राजपूत के नाम"),
    ("soni2", "सोनी राजपूत", "PERSON", "वहीं सोनी राजपूत पर"),
    ("2cases", "दो केस", "QUANTITY", "दो केस"),
    ("br5", "बलराम राजपूत", "PERSON", "बलराम राजपूत पर मादक पदार्थों"),
    ("smuggling1", "मादक पदार्थों की तस्करी", "CRIME", "मादक पदार्थों की तस्करी"),
    ("attempt1", "हत्या के प्रयास", "CRIME", "तस्करी हत्या के प्रयास लूट"),
    ("loot1", "लूट", "CRIME", "प्रयास लूट अपहरण"),
    ("kidnap1", "अपहरण", "CRIME", "लूट अपहरण डकैती"),
    ("dacoity1", "डकैती", "CRIME", "अपहरण डकैती समेत"),
    ("16cases", "16 मुकदमे", "QUANTITY", "16 मुकदमे"),
    ("haryana", "हरियाणा", "LOCATION", "हरियाणा"),
    ("sirsa", "सिरसा", "LOCATION", "सिरसा"),
    ("4cases", "4 केस", "QUANTITY", "4 केस"),
    ("br6", "बलराम राजपूत", "PERSON", "बलराम राजपूत पर मादक पदार्थ की"),
    ("smuggling2", "मादक पदार्थ की तस्करी", "CRIME", "मादक पदार्थ की तस्करी"),
    ("attempt2", "हत्या के प्रयास", "CRIME", "करने, हत्या के प्रयास,"),
    ("arms", "आर्म्स एक्ट", "LAW", "आर्म्स एक्ट"),
    ("loot2", "लूट", "CRIME", "एक्ट, लूट,"),
    ("kidnap2", "अपहरण", "CRIME", "लूट, अपहरण और"),
    ("dacoity2", "डकैती", "CRIME", "और डकैती जैसे"),
    # heading
    ("knp2", "कानपुर", "LOCATION", "कानपुर के बिकरू कांड"),
    ("bikru_case", "बिकरू कांड", "EVENT", "बिकरू कांड"),
    ("cops1", "पुलिस कर्मियों", "DESIGNATION", "कांड में पुलिस कर्मियों"),
    # paragraph 6
    ("d2july", "2 जुलाई 2020", "DATE", "2 जुलाई 2020"),
    ("t1245", "आधी रात 12:45 बजे", "TIME", "आधी रात 12:45 बजे"),
    ("bikru1", "बिकरू गांव", "LOCATION", "बजे बिकरू गांव"),
    ("gang3", "गैंगस्टर", "DESIGNATION", "में गैंगस्टर विकास"),
    ("vd1", "विकास दुबे", "PERSON", "गैंगस्टर विकास दुबे"),
    ("dsp", "डीएसपी", "DESIGNATION", "डीएसपी"),
    ("so", "एसओ", "DESIGNATION", "और एसओ समेत"),
    ("8cops", "8 पुलिसकर्मियों", "QUANTITY", "8 पुलिसकर्मियों"),
    ("police", "पुलिस", "ORGANIZATION", "पुलिस और एसटीएफ"),
    ("stf", "एसटीएफ", "ORGANIZATION", "और एसटीएफ ने"),
    ("8days", "आठ दिन के भीतर", "DATE", "आठ दिन के भीतर"),
    ("vd2", "विकास दुबे", "PERSON", "भीतर विकास दुबे"),
    ("6goons", "छह बदमाशों", "QUANTITY", "छह बदमाशों"),
    ("encounter", "एनकाउंटर", "EVENT", "एनकाउंटर"),
    ("d2july_b", "दो जुलाई 2020", "DATE", "दो जुलाई 2020"),
    ("chaubepur", "चौबेपुर", "LOCATION", "चौबेपुर"),
    ("jadepur", "जादेपुरधस्सा गांव", "LOCATION", "जादेपुरधस्सा गांव"),
    ("rahul", "राहुल तिवारी", "PERSON", "राहुल तिवारी"),
    ("vd3", "विकास दुबे", "PERSON", "ने विकास दुबे व"),
    ("attempt3", "हत्या के प्रयास", "CRIME", "हत्या के प्रयास का मुकदमा"),
    ("fir", "एफआईआर", "LAW", "एफआईआर"),
    ("t1230", "साढ़े बारह बजे", "TIME", "साढ़े बारह बजे"),
    ("co1", "सीओ", "DESIGNATION", "तत्कालीन सीओ"),
    ("bilhaur", "बिल्हौर", "LOCATION", "बिल्हौर"),
    ("dkm", "देवेंद्र कुमार मिश्रा", "PERSON", "देवेंद्र कुमार मिश्रा"),
    ("raid", "दबिश", "EVENT", "दबिश"),
    ("bikru2", "बिकरू गांव", "LOCATION", "बिकरू गांव में दबिश"),
    ("vd4", "विकास दुबे", "PERSON", "ही विकास दुबे और"),
    ("jcb", "जेसीबी", "PRODUCT", "जेसीबी"),
    ("co2", "सीओ", "DESIGNATION", "में सीओ देवेंद्र"),
    ("dm", "देवेंद्र मिश्रा", "PERSON", "सीओ देवेंद्र मिश्रा"),
    ("8cops_b", "आठ पुलिसकर्मियों", "QUANTITY", "आठ पुलिसकर्मियों"),
]

RELATIONS: list[tuple[str, str, str]] = [
    ("knp", "up", "LOCATED_IN"),
    ("pc1", "knp", "DESIGNATION_AT"),
    ("vsm", "pa", "HAS_DESIGNATION"),
    ("am1", "pro2", "HAS_DESIGNATION"),
    ("apt", "jcp", "HAS_DESIGNATION"),
    ("vsm", "am1", "ACTION_AGAINST"),
    ("pc2", "pro1", "ACTION_AGAINST"),
    ("am2", "bullet2", "BOUGHT"),
    ("am2", "br1", "BOUGHT_FROM"),
    ("m90", "bullet4", "PRICE_OF"),
    ("m40", "br1", "PAID_TO"),
    ("bullet4", "y2020", "DATE_OF"),
    ("am3", "daroga", "HAS_DESIGNATION"),
    ("am3", "suicide", "ACCUSED_IN"),
    ("suicide", "y2018", "DATE_OF"),
    ("br2", "am3", "ASSOCIATE_OF"),
    ("utk", "am3", "CHILD_OF"),
    ("utk", "bike", "OWNS"),
    ("am3", "bike", "BOUGHT"),
    ("am3", "br3", "BOUGHT_FROM"),
    ("soni1", "br4", "SPOUSE_OF"),
    ("soni1", "car", "OWNS"),
    ("soni2", "2cases", "CHARGED_WITH"),
    ("br5", "16cases", "CHARGED_WITH"),
    ("br5", "smuggling1", "ACCUSED_IN"),
    ("br5", "attempt1", "ACCUSED_IN"),
    ("br5", "loot1", "ACCUSED_IN"),
    ("br5", "kidnap1", "ACCUSED_IN"),
    ("br5", "dacoity1", "ACCUSED_IN"),
    ("br5", "4cases", "CHARGED_WITH"),
    ("4cases", "sirsa", "PLACE_OF"),
    ("sirsa", "haryana", "LOCATED_IN"),
    ("br6", "arms", "CHARGED_WITH"),
    ("br6", "smuggling2", "ACCUSED_IN"),
    ("br6", "attempt2", "ACCUSED_IN"),
    ("br6", "loot2", "ACCUSED_IN"),
    ("br6", "kidnap2", "ACCUSED_IN"),
    ("br6", "dacoity2", "ACCUSED_IN"),
    ("bikru_case", "knp2", "PLACE_OF"),
    ("bikru_case", "d2july", "DATE_OF"),
    ("bikru_case", "bikru1", "PLACE_OF"),
    ("vd1", "gang3", "HAS_DESIGNATION"),
    ("vd1", "8cops", "KILLED"),
    ("vd1", "dsp", "KILLED"),
    ("vd1", "so", "KILLED"),
    ("police", "vd2", "KILLED"),
    ("stf", "vd2", "KILLED"),
    ("jadepur", "chaubepur", "LOCATED_IN"),
    ("rahul", "jadepur", "RESIDENT_OF"),
    ("rahul", "vd3", "FILED_CASE_AGAINST"),
    ("vd3", "attempt3", "ACCUSED_IN"),
    ("dkm", "co1", "HAS_DESIGNATION"),
    ("co1", "bilhaur", "DESIGNATION_AT"),
    ("raid", "dkm", "LED_BY"),
    ("raid", "bikru2", "PLACE_OF"),
    ("raid", "t1230", "DATE_OF"),
    ("dm", "co2", "HAS_DESIGNATION"),
    ("vd4", "dm", "KILLED"),
    ("vd4", "8cops_b", "KILLED"),
]


def locate(text: str, surface: str, anchor: str) -> tuple[int, int]:
    """Code-point offsets of `surface` inside the one occurrence of `anchor` in `text`."""
    first = text.find(anchor)
    if first < 0 or text.find(anchor, first + 1) >= 0:
        raise ValueError(f"anchor {anchor!r} must occur exactly once")
    start = first + anchor.index(surface)
    return start, start + len(surface)


def record(text: str, *, doc_id: str = "kanpur-001", source: str = "asha") -> dict:
    """The article as one gold-JSONL record with every entity and relation above."""
    entities = []
    for key, surface, label, anchor in ENTITIES:
        start, end = locate(text, surface, anchor)
        entities.append({"id": key, "start": start, "end": end, "label": label, "text": surface})
    relations = [{"head": h, "tail": t, "label": label} for h, t, label in RELATIONS]
    return {"id": doc_id, "text": text, "meta": {"source": "kanpur_article.txt"}, "entities": entities, "relations": relations, "source": source}
