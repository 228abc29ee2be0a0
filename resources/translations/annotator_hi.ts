<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Only documents both marked done</source>
        <translation>केवल वे दस्तावेज़ जिन्हें दोनों ने पूरा चिह्नित किया</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>गणना करें</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>जोड़ी:</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>प्रति लेबल</translation>
    </message>
    <message>
        <source>Per label and confusion</source>
        <translation>प्रति लेबल और भ्रम</translation>
    </message>
    <message>
        <source>Documents, worst first</source>
        <translation>दस्तावेज़, सबसे ख़राब पहले</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>{f1}  ({matched} matched; {a} vs {b})</source>
        <translation>{f1}  ({matched} मेल; {a} बनाम {b})</translation>
    </message>
    <message>
        <source>{f1}  ({found_a}/{a} and {found_b}/{b} found)</source>
        <translation>{f1}  ({found_a}/{a} और {found_b}/{b} मिले)</translation>
    </message>
    <message>
        <source>{kappa}  ({tokens} tokens)</source>
        <translation>{kappa}  ({tokens} टोकन)</translation>
    </message>
    <message>
        <source>Annotators to compare</source>
        <translation>तुलना के लिए एनोटेटर</translation>
    </message>
    <message>
        <source>Documents read</source>
        <translation>पढ़े गए दस्तावेज़</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Annotator pair</source>
        <translation>एनोटेटर जोड़ी</translation>
    </message>
    <message>
        <source>Label confusion</source>
        <translation>लेबल भ्रम</translation>
    </message>
    <message>
        <source>Agreement per annotator pair</source>
        <translation>प्रति एनोटेटर जोड़ी सहमति</translation>
    </message>
    <message>
        <source>Agreement per label</source>
        <translation>प्रति लेबल सहमति</translation>
    </message>
    <message>
        <source>Agreement views</source>
        <translation>सहमति के दृश्य</translation>
    </message>
    <message>
        <source>Span attributes</source>
        <translation>स्पैन के गुण</translation>
    </message>
    <message>
        <source>Per annotator pair (each figure with its counts; hover a heading for the measure):</source>
        <translation>प्रति एनोटेटर जोड़ी (हर आँकड़ा अपनी गिनती के साथ; माप के लिए शीर्षक पर माउस रखें):</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>Stopped before the end; press Compute to start again.</source>
        <translation>पूरा होने से पहले रोका गया; फिर से शुरू करने के लिए गणना करें दबाएँ।</translation>
    </message>
    <message>
        <source>Computing… {done} of {total} documents read</source>
        <translation>गणना हो रही है… {total} में से {done} दस्तावेज़ पढ़े गए</translation>
    </message>
    <message>
        <source>{annotators} on {documents} documents ({basis}). Tokens: {tokenizer}.</source>
        <translation>{annotators}, {documents} दस्तावेज़ों पर ({basis})। टोकन: {tokenizer}।</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, nominal, over tokens (IOB2), {annotators} annotators: {value}  ({values} values in {units} tokens)</source>
        <translation>क्रिपेनडॉर्फ़ का अल्फ़ा, नाममात्र, टोकन पर (IOB2), {annotators} एनोटेटर: {value}  ({units} टोकन में {values} मान)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: needs three or more annotators.</source>
        <translation>क्रिपेनडॉर्फ़ का अल्फ़ा: तीन या अधिक एनोटेटर चाहिए।</translation>
    </message>
    <message>
        <source>Documents, the {shown} worst of {documents}</source>
        <translation>दस्तावेज़, {documents} में से सबसे ख़राब {shown}</translation>
    </message>
    <message>
        <source>{count} spans where {a} said {x} and {b} said {y}</source>
        <translation>{count} स्पैन जहाँ {a} ने {x} कहा और {b} ने {y}</translation>
    </message>
    <message>
        <source>{a} vs {b}</source>
        <translation>{a} बनाम {b}</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 सटीक</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 ओवरलैप</translation>
    </message>
    <message>
        <source>Matched exact</source>
        <translation>सटीक मेल</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Spans of {name}</source>
        <translation>{name} के स्पैन</translation>
    </message>
    <message>
        <source>Label confusion: rows are what {a} said, columns what {b} said ({measure}).</source>
        <translation>लेबल भ्रम: पंक्तियाँ {a} का लेबल, स्तंभ {b} का लेबल ({measure})।</translation>
    </message>
</context>
<context>
    <name>AnnotateActions</name>
    <message>
        <source>That is the demo layer&apos;s example, read-only. Tag some text to start your own layer, or use Copy into my layer above the text.</source>
        <translation>यह डेमो परत का उदाहरण है, केवल पढ़ने के लिए। अपनी परत शुरू करने के लिए कोई पाठ टैग करें, या पाठ के ऊपर «मेरी परत में कॉपी करें» का उपयोग करें।</translation>
    </message>
    <message>
        <source>The scheme allows no relation from {head} to {tail}; nothing was added.</source>
        <translation>स्कीम {head} से {tail} तक कोई संबंध नहीं देती; कुछ नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Added {label}.</source>
        <translation>{label} जोड़ा गया।</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>प्रकार बदलें</translation>
    </message>
    <message>
        <source>Reverse direction</source>
        <translation>दिशा उलटें</translation>
    </message>
    <message>
        <source>Note… (;)</source>
        <translation>टिप्पणी… (;)</translation>
    </message>
    <message>
        <source>Unsure (?)</source>
        <translation>अनिश्चित (?)</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>संबंध हटाएँ</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>लेबल बदलें</translation>
    </message>
    <message>
        <source>Start relation (R)</source>
        <translation>संबंध शुरू करें (R)</translation>
    </message>
    <message>
        <source>Attributes… (Ctrl+Shift+E)</source>
        <translation>गुण… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Annotate all occurrences in this document</source>
        <translation>इस दस्तावेज़ में सभी आवृत्तियाँ एनोटेट करें</translation>
    </message>
    <message>
        <source>Annotate all occurrences in the whole project</source>
        <translation>पूरे प्रोजेक्ट में सभी आवृत्तियाँ एनोटेट करें</translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation>स्पैन हटाएँ</translation>
    </message>
</context>
<context>
    <name>AnnotatorDialog</name>
    <message>
        <source>Who is annotating?</source>
        <translation>एनोटेशन कौन कर रहा है?</translation>
    </message>
    <message>
        <source>Your name labels your annotations. You see only your own work while annotating.</source>
        <translation>आपका नाम आपके एनोटेशन की पहचान है। एनोटेशन करते समय आप केवल अपना काम देखते हैं।</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign documents</source>
        <translation>दस्तावेज़ सौंपें</translation>
    </message>
    <message>
        <source>more annotators, comma separated</source>
        <translation>और एनोटेटर, अल्पविराम से अलग</translation>
    </message>
    <message>
        <source>Reassign every document (not only unassigned ones)</source>
        <translation>हर दस्तावेज़ फिर से सौंपें (केवल बिना सौंपे नहीं)</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Double-annotated share</source>
        <translation>दोहरे एनोटेशन का हिस्सा</translation>
    </message>
    <message>
        <source>Annotators per shared document</source>
        <translation>प्रति साझा दस्तावेज़ एनोटेटर</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>बीज (seed)</translation>
    </message>
    <message>
        <source>{count} documents. Each annotator&apos;s document list shows their queue first.</source>
        <translation>{count} दस्तावेज़। हर एनोटेटर की दस्तावेज़ सूची में उसकी कतार सबसे पहले दिखती है।</translation>
    </message>
</context>
<context>
    <name>AttributeActions</name>
    <message>
        <source>Span attributes</source>
        <translation>स्पैन के गुण</translation>
    </message>
    <message>
        <source>Select a span first (click it or press Tab), then edit its attributes.</source>
        <translation>पहले एक स्पैन चुनें (उस पर क्लिक करें या Tab दबाएँ), फिर उसके गुण बदलें।</translation>
    </message>
    <message>
        <source>That is the demo layer&apos;s example, read-only: attributes go on your own spans.</source>
        <translation>यह डेमो परत का उदाहरण है, केवल पढ़ने के लिए: गुण आपके अपने स्पैन पर लगते हैं।</translation>
    </message>
    <message>
        <source>The scheme declares no attributes for {label} spans.</source>
        <translation>स्कीम {label} स्पैन के लिए कोई गुण घोषित नहीं करती।</translation>
    </message>
    <message>
        <source>Saved the span&apos;s attributes.</source>
        <translation>स्पैन के गुण सहेजे गए।</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(तय नहीं)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Span attributes</source>
        <translation>स्पैन के गुण</translation>
    </message>
    <message>
        <source>Attributes of {what}</source>
        <translation>{what} के गुण</translation>
    </message>
    <message>
        <source>type a new value, or ↓ to pick one already used</source>
        <translation>नया मान लिखें, या पहले से इस्तेमाल मान चुनने के लिए ↓</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Not saved: the project file is locked by another program ({reason})</source>
        <translation>सहेजा नहीं गया: प्रोजेक्ट फ़ाइल किसी दूसरे प्रोग्राम ने लॉक की है ({reason})</translation>
    </message>
    <message>
        <source>Not saved: the project file could not be written ({reason})</source>
        <translation>सहेजा नहीं गया: प्रोजेक्ट फ़ाइल लिखी नहीं जा सकी ({reason})</translation>
    </message>
    <message>
        <source>Add {label}</source>
        <translation>{label} जोड़ना</translation>
    </message>
    <message>
        <source>Add {count} spans</source>
        <translation>{count} स्पैन जोड़ना</translation>
    </message>
    <message>
        <source>Relabel as {label}</source>
        <translation>लेबल बदलकर {label}</translation>
    </message>
    <message>
        <source>Resize span</source>
        <translation>स्पैन का आकार बदलना</translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation>स्पैन हटाना</translation>
    </message>
    <message>
        <source>Relation type {label}</source>
        <translation>संबंध प्रकार {label}</translation>
    </message>
    <message>
        <source>Reverse relation</source>
        <translation>संबंध उलटना</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>संबंध हटाना</translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation>{status} चिह्नित करना</translation>
    </message>
    <message>
        <source>Copy {name}&apos;s annotations</source>
        <translation>{name} के एनोटेशन कॉपी करना</translation>
    </message>
    <message>
        <source>Take {name}&apos;s span</source>
        <translation>{name} का स्पैन लेना</translation>
    </message>
    <message>
        <source>Take both spans</source>
        <translation>दोनों स्पैन लेना</translation>
    </message>
    <message>
        <source>Reject span</source>
        <translation>स्पैन अस्वीकारना</translation>
    </message>
    <message>
        <source>Edit as {label}</source>
        <translation>{label} के रूप में संपादन</translation>
    </message>
    <message>
        <source>Add gold {label}</source>
        <translation>गोल्ड {label} जोड़ना</translation>
    </message>
    <message>
        <source>Accept everything all annotators agree on</source>
        <translation>सभी एनोटेटरों की सहमति वाला सब स्वीकारना</translation>
    </message>
    <message>
        <source>Take {name}&apos;s relation</source>
        <translation>{name} का संबंध लेना</translation>
    </message>
    <message>
        <source>Take both relations</source>
        <translation>दोनों संबंध लेना</translation>
    </message>
    <message>
        <source>Reject relation</source>
        <translation>संबंध अस्वीकारना</translation>
    </message>
    <message>
        <source>Gold: mark {status}</source>
        <translation>गोल्ड: {status} चिह्नित करना</translation>
    </message>
    <message>
        <source>Assign documents</source>
        <translation>दस्तावेज़ सौंपना</translation>
    </message>
    <message>
        <source>Accept {count} suggested {label} spans</source>
        <translation>{count} सुझाए गए {label} स्पैन स्वीकारना</translation>
    </message>
    <message>
        <source>Accept suggested {label}</source>
        <translation>सुझाया गया {label} स्वीकारना</translation>
    </message>
    <message>
        <source>Reject suggested {label}</source>
        <translation>सुझाया गया {label} अस्वीकारना</translation>
    </message>
    <message>
        <source>Accept {count} suggested {label}</source>
        <translation>{count} सुझाए गए {label} स्वीकारना</translation>
    </message>
    <message>
        <source>Reject {count} suggested {label}</source>
        <translation>{count} सुझाए गए {label} अस्वीकारना</translation>
    </message>
</context>
<context>
    <name>ContextStrip</name>
    <message>
        <source>unsure</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <source>— (nothing here)</source>
        <translation>— (यहाँ कुछ नहीं)</translation>
    </message>
    <message>
        <source>— (no relation here)</source>
        <translation>— (यहाँ कोई संबंध नहीं)</translation>
    </message>
</context>
<context>
    <name>DisagreementColumn</name>
    <message>
        <source>Select a gold span to see where it came from.</source>
        <translation>यह कहाँ से आया, देखने के लिए गोल्ड स्पैन चुनें।</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>असहमतियाँ</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>स्रोत-विवरण</translation>
    </message>
    <message>
        <source>Keys: J/K next/previous · {takes} · B take both · X reject · E edit in gold · Ctrl+Shift+A accept agreed · Ctrl+Enter adjudicated</source>
        <translation>कुंजियाँ: J/K अगला/पिछला · {takes} · B दोनों लें · X अस्वीकारें · E गोल्ड में संपादन · Ctrl+Shift+A सहमत स्वीकारें · Ctrl+Enter निर्णीत</translation>
    </message>
    <message>
        <source>All {count} annotators agree on {spans} span(s) and {relations} relation(s); {waiting} agreed span(s) not in gold yet (A or Ctrl+Shift+A).</source>
        <translation>सभी {count} एनोटेटर {spans} स्पैन और {relations} संबंधों पर सहमत हैं; {waiting} सहमत स्पैन अभी गोल्ड में नहीं (A या Ctrl+Shift+A)।</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>Only one annotator</source>
        <translation>केवल एक एनोटेटर</translation>
    </message>
    <message>
        <source>Label differs</source>
        <translation>लेबल अलग</translation>
    </message>
    <message>
        <source>Boundary differs</source>
        <translation>सीमा अलग</translation>
    </message>
    <message>
        <source>Attributes differ</source>
        <translation>गुण अलग हैं</translation>
    </message>
    <message>
        <source>Relation differs</source>
        <translation>संबंध अलग</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>कोई मान नहीं</translation>
    </message>
    <message>
        <source>{title} ({count}, {done} decided)</source>
        <translation>{title} ({count}, {done} पर निर्णय)</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>All documents</source>
        <translation>सभी दस्तावेज़</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Filter by id or text (Hindi or Roman)…</source>
        <translation>आईडी या पाठ से फ़िल्टर करें (हिन्दी या रोमन)…</translation>
    </message>
    <message>
        <source>Filter the documents</source>
        <translation>दस्तावेज़ फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Show documents by status</source>
        <translation>स्थिति के अनुसार दस्तावेज़ दिखाएँ</translation>
    </message>
    <message>
        <source>Searching the text…</source>
        <translation>पाठ में खोज जारी…</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>{id} (assigned to you) · {length} characters · {status}</source>
        <translation>{id} (आपको सौंपा गया) · {length} अक्षर-चिह्न · {status}</translation>
    </message>
    <message>
        <source>{id} · {length} characters · {status}</source>
        <translation>{id} · {length} अक्षर-चिह्न · {status}</translation>
    </message>
</context>
<context>
    <name>DonePerDayChart</name>
    <message>
        <source>Documents done per day per annotator</source>
        <translation>हर दिन प्रति एनोटेटर पूरे हुए दस्तावेज़</translation>
    </message>
    <message>
        <source>{name}: {documents} documents done on {days} days</source>
        <translation>{name}: {days} दिनों में {documents} दस्तावेज़ पूरे</translation>
    </message>
    <message>
        <source>no document done yet</source>
        <translation>अभी तक कोई दस्तावेज़ पूरा नहीं</translation>
    </message>
    <message>
        <source>No document marked done yet.</source>
        <translation>अभी तक कोई दस्तावेज़ पूरा चिह्नित नहीं।</translation>
    </message>
</context>
<context>
    <name>ExampleBar</name>
    <message>
        <source>Copy into my layer</source>
        <translation>मेरी परत में कॉपी करें</translation>
    </message>
    <message>
        <source>Make these spans and relations your own, to correct and extend (one undo step)</source>
        <translation>इन स्पैन और संबंधों को अपना बनाएँ, सुधारने और बढ़ाने के लिए (एक पूर्ववत चरण)</translation>
    </message>
    <message>
        <source>Hide the example</source>
        <translation>उदाहरण छिपाएँ</translation>
    </message>
    <message>
        <source>Show your own (empty) layer of this article</source>
        <translation>इस लेख की अपनी (ख़ाली) परत दिखाएँ</translation>
    </message>
    <message>
        <source>An example: {spans} spans and {relations} relations from the demo layer, read-only. Tag any text to start your own layer.</source>
        <translation>एक उदाहरण: डेमो परत से {spans} स्पैन और {relations} संबंध, केवल पढ़ने के लिए। अपनी परत शुरू करने के लिए कोई भी पाठ टैग करें।</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>gold (adjudicated layer)</source>
        <translation>गोल्ड (निर्णीत परत)</translation>
    </message>
    <message>
        <source>Done only (gold: adjudicated)</source>
        <translation>केवल पूरे (गोल्ड: निर्णीत)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>सभी दस्तावेज़</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>all labels (or e.g. PERSON,LOCATION)</source>
        <translation>सभी लेबल (या जैसे PERSON,LOCATION)</translation>
    </message>
    <message>
        <source>e.g. PERSON=PER,LOCATION=LOC</source>
        <translation>जैसे PERSON=PER,LOCATION=LOC</translation>
    </message>
    <message>
        <source>none (or e.g. 0.8,0.1,0.1)</source>
        <translation>कोई नहीं (या जैसे 0.8,0.1,0.1)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>परत</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Romanised text (jsonl)</source>
        <translation>रोमन लिपि में पाठ (jsonl)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Rename labels</source>
        <translation>लेबल के नाम बदलें</translation>
    </message>
    <message>
        <source>Split train/dev/test</source>
        <translation>train/dev/test में बाँटें</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>बँटवारे का बीज (seed)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>यहाँ सहेजें</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>फ़ोल्डर में निर्यात करें</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>यहाँ निर्यात करें</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>चुनें कि निर्यात कहाँ सहेजना है।</translation>
    </message>
    <message>
        <source>Nothing was exported; the existing file is untouched.</source>
        <translation>कुछ निर्यात नहीं हुआ; मौजूदा फ़ाइल अछूती है।</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात जारी…</translation>
    </message>
    <message>
        <source>Exported {documents} documents, {entities} entities and {relations} relations to {path}.</source>
        <translation>{documents} दस्तावेज़, {entities} इकाइयाँ और {relations} संबंध {path} में निर्यात किए गए।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>निर्यात रद्द; कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Nothing was exported: {message}</source>
        <translation>कुछ निर्यात नहीं हुआ: {message}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>इस दस्तावेज़ में ढूँढें</translation>
    </message>
    <message>
        <source>Find in this document, in Hindi or Roman: अजय मिश्रा or ajay mishra (Enter: next, Esc: close)</source>
        <translation>इस दस्तावेज़ में हिन्दी या रोमन में ढूँढें: अजय मिश्रा या ajay mishra (Enter: अगला, Esc: बंद)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>ढूँढें:</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>पूरे शब्द</translation>
    </message>
    <message>
        <source>Hindi queries match whole words only; off: also inside words</source>
        <translation>हिंदी खोज केवल पूरे शब्दों से मेल खाती है; बंद होने पर: शब्दों के भीतर भी</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} मिले</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation>{count} में से {n}</translation>
    </message>
</context>
<context>
    <name>GoldEditor</name>
    <message>
        <source>Nothing in gold here yet.</source>
        <translation>यहाँ अभी गोल्ड में कुछ नहीं।</translation>
    </message>
    <message>
        <source>no annotator</source>
        <translation>कोई एनोटेटर नहीं</translation>
    </message>
    <message>
        <source>{what}: proposed by {who}; decided by {curator}; action {action}</source>
        <translation>{what}: प्रस्ताव {who} का; निर्णय {curator} का; कार्रवाई {action}</translation>
    </message>
    <message>
        <source>; from {count} source row(s)</source>
        <translation>; {count} स्रोत पंक्तियों से</translation>
    </message>
    <message>
        <source>; attribute values of {who}</source>
        <translation>; गुणों के मान {who} के</translation>
    </message>
    <message>
        <source>Editing in gold: a label key relabels, Shift+← → moves the end, Alt+Shift+← → the start, R relates; Esc goes back to the list.</source>
        <translation>गोल्ड में संपादन: लेबल कुंजी लेबल बदलती है, Shift+← → अंत खिसकाता है, Alt+Shift+← → शुरुआत, R संबंध जोड़ता है; Esc सूची पर लौटाता है।</translation>
    </message>
    <message>
        <source>The scheme allows no relation from {head} to {tail}.</source>
        <translation>स्कीम {head} से {tail} तक कोई संबंध नहीं देती।</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>अक्षर-चिह्न</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Order in the project</source>
        <translation>प्रोजेक्ट में क्रम</translation>
    </message>
    <message>
        <source>The document&apos;s id</source>
        <translation>दस्तावेज़ की आईडी</translation>
    </message>
    <message>
        <source>Length in characters (code points)</source>
        <translation>लंबाई, अक्षर-चिह्नों में (कोड पॉइंट)</translation>
    </message>
    <message>
        <source>Your status on it</source>
        <translation>इस पर आपकी स्थिति</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <source>On</source>
        <translation>किस पर</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>जोड़ी</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Span F1, exact</source>
        <translation>स्पैन F1, सटीक</translation>
    </message>
    <message>
        <source>Span F1, overlap</source>
        <translation>स्पैन F1, ओवरलैप</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, tokens (IOB2)</source>
        <translation>कोहेन का कप्पा, टोकन (IOB2)</translation>
    </message>
    <message>
        <source>Relation F1, exact</source>
        <translation>संबंध F1, सटीक</translation>
    </message>
    <message>
        <source>Relation F1, given endpoints</source>
        <translation>संबंध F1, दिए गए सिरों पर</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 सटीक</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 ओवरलैप</translation>
    </message>
    <message>
        <source>Spans A</source>
        <translation>स्पैन A</translation>
    </message>
    <message>
        <source>Spans B</source>
        <translation>स्पैन B</translation>
    </message>
    <message>
        <source>Matched exact</source>
        <translation>सटीक मेल</translation>
    </message>
    <message>
        <source>Token kappa</source>
        <translation>टोकन कप्पा</translation>
    </message>
    <message>
        <source>Matched / spans</source>
        <translation>मेल / स्पैन</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>गुण</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>कोहेन का कप्पा</translation>
    </message>
    <message>
        <source>Spans agreed / compared</source>
        <translation>सहमत स्पैन / तुलना किए गए</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>ऑफ़सेट</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>सौंपे गए</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>स्पैन</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Time per document done</source>
        <translation>प्रति पूरा दस्तावेज़ समय</translation>
    </message>
    <message>
        <source>Active time recorded by the window (pauses of more than three minutes left out)</source>
        <translation>विंडो द्वारा दर्ज सक्रिय समय (तीन मिनट से लंबे विराम नहीं गिने गए)</translation>
    </message>
    <message>
        <source>Time spent on the documents marked done, over their number</source>
        <translation>पूरे चिह्नित दस्तावेज़ों पर लगा समय, उनकी संख्या से भाग देकर</translation>
    </message>
    <message>
        <source>Documents both annotated</source>
        <translation>दोनों द्वारा एनोटेट दस्तावेज़</translation>
    </message>
    <message>
        <source>Relation F1</source>
        <translation>संबंध F1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>imported {documents} documents ({duplicates} duplicates not added), {spans} spans, {relations} relations</source>
        <translation>{documents} दस्तावेज़ आयात हुए ({duplicates} दोहराव नहीं जोड़े गए), {spans} स्पैन, {relations} संबंध</translation>
    </message>
    <message>
        <source>, {count} notes</source>
        <translation>, {count} टिप्पणियाँ</translation>
    </message>
    <message>
        <source>, {count} attribute values</source>
        <translation>, {count} गुण मान</translation>
    </message>
    <message>
        <source> into {layers}</source>
        <translation> — परत: {layers}</translation>
    </message>
    <message>
        <source>; {count} spans and relations the layer already had were not added again</source>
        <translation>; परत में पहले से मौजूद {count} स्पैन और संबंध फिर से नहीं जोड़े गए</translation>
    </message>
    <message>
        <source>skipped {problem}</source>
        <translation>छोड़ा गया: {problem}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>सूचना: {note}</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} और {more} अन्य</translation>
    </message>
    <message>
        <source>Importing {count} file(s) or folder(s) into {project}: {names}</source>
        <translation>{project} में {count} फ़ाइल(ें) या फ़ोल्डर आयात हो रहे हैं: {names}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Nothing was done</source>
        <translation>कुछ नहीं किया गया</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>कुछ आयात नहीं हुआ</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>कुछ नहीं मिलाया गया</translation>
    </message>
</context>
<context>
    <name>LayerStack</name>
    <message>
        <source>Gold (the curator&apos;s layer) — edit here</source>
        <translation>गोल्ड (संपादक की परत) — यहाँ संपादित करें</translation>
    </message>
    <message>
        <source>Layer of {name}</source>
        <translation>{name} की परत</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hindi news annotator</source>
        <translation>हिन्दी समाचार एनोटेटर</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Labels and annotations</source>
        <translation>लेबल और एनोटेशन</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>लेख का पाठ</translation>
    </message>
    <message>
        <source>Annotating as “{name}” for now: Annotator ▸ Switch annotator… sets your own name.</source>
        <translation>अभी “{name}” के रूप में एनोटेशन: एनोटेटर ▸ एनोटेटर बदलें… से अपना नाम तय करें।</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time} पर सहेजा</translation>
    </message>
    <message>
        <source>{file} (read-only) — Hindi news annotator</source>
        <translation>{file} (केवल पढ़ने के लिए) — हिन्दी समाचार एनोटेटर</translation>
    </message>
    <message>
        <source>{file} — Hindi news annotator</source>
        <translation>{file} — हिन्दी समाचार एनोटेटर</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>एनोटेटर: {name}</translation>
    </message>
    <message>
        <source>{file}: read-only: changes cannot be saved</source>
        <translation>{file}: केवल पढ़ने के लिए: बदलाव सहेजे नहीं जा सकते</translation>
    </message>
    <message>
        <source>The translation could not be loaded; the window stays in English.</source>
        <translation>अनुवाद लोड नहीं हो सका; विंडो अंग्रेज़ी में ही रहेगी।</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>span F1, exact match: same start, end and label</source>
        <translation>स्पैन F1, सटीक मेल: वही शुरुआत, अंत और लेबल</translation>
    </message>
    <message>
        <source>span F1, overlap match: same label and at least one shared code point</source>
        <translation>स्पैन F1, ओवरलैप मेल: वही लेबल और कम से कम एक साझा कोड पॉइंट</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa over tokens, IOB2 tags (B-/I- plus label, O outside)</source>
        <translation>टोकन पर कोहेन का कप्पा, IOB2 टैग (B-/I- और लेबल, बाहर O)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, nominal, over tokens&apos; IOB2 tags (three or more annotators)</source>
        <translation>क्रिपेनडॉर्फ़ का अल्फ़ा, नाममात्र, टोकन के IOB2 टैग पर (तीन या अधिक एनोटेटर)</translation>
    </message>
    <message>
        <source>relation F1, exact: same label, head and tail at the same offsets</source>
        <translation>संबंध F1, सटीक: वही लेबल, शीर्ष और पुच्छ उन्हीं ऑफ़सेट पर</translation>
    </message>
    <message>
        <source>relation F1 over relations whose head and tail spans both annotators marked</source>
        <translation>उन संबंधों पर संबंध F1 जिनके शीर्ष और पुच्छ स्पैन दोनों एनोटेटरों ने चिह्नित किए</translation>
    </message>
    <message>
        <source>spans paired by boundary, then by largest overlap; — where one side has none</source>
        <translation>स्पैन पहले सीमा से, फिर सबसे बड़े ओवरलैप से जोड़े गए; जहाँ एक ओर कुछ नहीं, वहाँ —</translation>
    </message>
    <message>
        <source>documents worst first by span F1 (exact) pooled over the pairs, then token kappa</source>
        <translation>दस्तावेज़ सबसे ख़राब पहले: सभी जोड़ियों पर मिलाकर स्पैन F1 (सटीक), फिर टोकन कप्पा</translation>
    </message>
    <message>
        <source>per span attribute: agreement rate and Cohen&apos;s kappa over the spans both annotators marked identically (same start, end, label) where at least one gave it a value (unset counts as —)</source>
        <translation>हर स्पैन-गुण के लिए: उन स्पैन पर सहमति दर और कोहेन का कप्पा जिन्हें दोनों एनोटेटरों ने एक जैसा चिह्नित किया (वही आरंभ, अंत, लेबल) और जिनमें कम से कम एक ने उस गुण का मान दिया (मान न होना — गिना जाता है)</translation>
    </message>
    <message>
        <source>per pair, documents both marked done</source>
        <translation>प्रति जोड़ी, दोनों द्वारा पूरे चिह्नित दस्तावेज़</translation>
    </message>
    <message>
        <source>per pair, documents both annotated: marked done or holding a span</source>
        <translation>प्रति जोड़ी, दोनों द्वारा एनोटेट दस्तावेज़: पूरे चिह्नित या जिनमें कोई स्पैन है</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Leave out annotations of documents this project lacks</source>
        <translation>उन दस्तावेज़ों के एनोटेशन छोड़ दें जो इस प्रोजेक्ट में नहीं हैं</translation>
    </message>
    <message>
        <source>Merging {count} file(s) into {project}: </source>
        <translation>{project} में {count} फ़ाइल(ें) मिलाई जा रही हैं: </translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>Merged {files} file(s): {added} rows added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>{files} फ़ाइल(ें) मिलाई गईं: {added} पंक्तियाँ जोड़ी गईं, {updated} अद्यतन, {unchanged} अपरिवर्तित, {conflicts} टकराव।</translation>
    </message>
    <message>
        <source>{added} added {updated} updated {unchanged} unchanged {conflicts} conflicts</source>
        <translation>{added} जोड़ी गईं {updated} अद्यतन {unchanged} अपरिवर्तित {conflicts} टकराव</translation>
    </message>
    <message>
        <source>The scheme grew to version {version}: added {labels}.</source>
        <translation>स्कीम बढ़कर संस्करण {version} हुई: {labels} जोड़े गए।</translation>
    </message>
    <message>
        <source>kept the other file&apos;s newer version</source>
        <translation>दूसरी फ़ाइल का नया संस्करण रखा गया</translation>
    </message>
    <message>
        <source>kept this project&apos;s newer version</source>
        <translation>इस प्रोजेक्ट का नया संस्करण रखा गया</translation>
    </message>
    <message>
        <source>conflict in {table} ({document}): here {ours}, in {file} {theirs}; {kept}</source>
        <translation>{table} में टकराव ({document}): यहाँ {ours}, {file} में {theirs}; {kept}</translation>
    </message>
    <message>
        <source>Skipped {count} documents of {file} missing here: {names}</source>
        <translation>{file} के {count} दस्तावेज़ छोड़े गए जो यहाँ नहीं हैं: {names}</translation>
    </message>
    <message>
        <source>Note: {count} relations point at spans deleted elsewhere; they are not exported.</source>
        <translation>सूचना: {count} संबंध ऐसे स्पैन की ओर इशारा करते हैं जो कहीं और हटाए गए; उनका निर्यात नहीं होता।</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>चेतावनी: {warning}</translation>
    </message>
    <message>
        <source>Left out: {row}</source>
        <translation>छोड़ा गया: {row}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>No document</source>
        <translation>कोई दस्तावेज़ नहीं</translation>
    </message>
    <message>
        <source>Document {n} of {total}</source>
        <translation>{total} में से दस्तावेज़ {n}</translation>
    </message>
    <message>
        <source>Document {id} (filtered out)</source>
        <translation>दस्तावेज़ {id} (फ़िल्टर से बाहर)</translation>
    </message>
    <message>
        <source>The project file was changed by another program; shown as it is now</source>
        <translation>प्रोजेक्ट फ़ाइल किसी दूसरे प्रोग्राम ने बदली; अब जैसी है वैसी दिखाई गई है</translation>
    </message>
    <message>
        <source>No more documents that way.</source>
        <translation>उस दिशा में और दस्तावेज़ नहीं।</translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation>हर दस्तावेज़ पूरा है।</translation>
    </message>
    <message>
        <source>the demo layer</source>
        <translation>डेमो परत</translation>
    </message>
    <message>
        <source>Copied the example into your layer: correct it and add to it; Ctrl+Z takes it back.</source>
        <translation>उदाहरण आपकी परत में कॉपी हुआ: इसे सुधारें और बढ़ाएँ; Ctrl+Z इसे वापस लेता है।</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>Another scheme file (.toml)…</source>
        <translation>दूसरी स्कीम फ़ाइल (.toml)…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>नया प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>बनाएँ</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>प्रोजेक्ट फ़ाइल</translation>
    </message>
    <message>
        <source>Label scheme</source>
        <translation>लेबल स्कीम</translation>
    </message>
    <message>
        <source>New project file</source>
        <translation>नई प्रोजेक्ट फ़ाइल</translation>
    </message>
    <message>
        <source>Annotation projects (*.db)</source>
        <translation>एनोटेशन प्रोजेक्ट (*.db)</translation>
    </message>
    <message>
        <source>Scheme file</source>
        <translation>स्कीम फ़ाइल</translation>
    </message>
    <message>
        <source>Label schemes (*.toml)</source>
        <translation>लेबल स्कीम (*.toml)</translation>
    </message>
    <message>
        <source>Give the project a file name.</source>
        <translation>प्रोजेक्ट को एक फ़ाइल नाम दें।</translation>
    </message>
    <message>
        <source>{file}: a file of that name exists already; choose another name, or open it with File ▸ Open project.</source>
        <translation>{file}: इस नाम की फ़ाइल पहले से है; दूसरा नाम चुनें, या उसे फ़ाइल ▸ प्रोजेक्ट खोलें से खोलें।</translation>
    </message>
    <message>
        <source>{folder}: no such folder.</source>
        <translation>{folder}: ऐसा कोई फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>Choose the scheme&apos;s .toml file.</source>
        <translation>स्कीम की .toml फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>span</source>
        <translation>स्पैन</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Note on the {kind}</source>
        <translation>{kind} पर टिप्पणी</translation>
    </message>
    <message>
        <source>Delete the {kind}&apos;s note</source>
        <translation>{kind} की टिप्पणी हटाएँ</translation>
    </message>
    <message>
        <source>Unsure about the {kind}</source>
        <translation>{kind} के बारे में अनिश्चित</translation>
    </message>
    <message>
        <source>That is the demo layer&apos;s example, read-only: a note goes on your own spans (or press ; with nothing selected for the document).</source>
        <translation>यह डेमो परत का उदाहरण है, केवल पढ़ने के लिए: टिप्पणी आपके अपने स्पैन पर लगती है (या दस्तावेज़ के लिए कुछ चुने बिना ; दबाएँ)।</translation>
    </message>
    <message>
        <source>Marked the {kind} unsure.</source>
        <translation>{kind} अनिश्चित चिह्नित किया।</translation>
    </message>
    <message>
        <source>The {kind} is no longer marked unsure.</source>
        <translation>{kind} अब अनिश्चित चिह्नित नहीं है।</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>इस दस्तावेज़</translation>
    </message>
    <message>
        <source>{who}&apos;s note on {what}: {text}</source>
        <translation>{what} पर {who} की टिप्पणी: {text}</translation>
    </message>
    <message>
        <source>{who} marked {what} unsure</source>
        <translation>{who} ने {what} को अनिश्चित चिह्नित किया</translation>
    </message>
    <message>
        <source>Document {text}</source>
        <translation>दस्तावेज़ {text}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Note on {what}</source>
        <translation>{what} पर टिप्पणी</translation>
    </message>
    <message>
        <source>What the lead should know (Hindi or English)</source>
        <translation>लीड को क्या जानना चाहिए (हिन्दी या अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>टिप्पणी हटाएँ</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Note: {text}</source>
        <translation>टिप्पणी: {text}</translation>
    </message>
    <message>
        <source>Unsure (flagged with ?)</source>
        <translation>अनिश्चित (? से चिह्नित)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>(no note)</source>
        <translation>(कोई टिप्पणी नहीं)</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <source>{who} on {document}: {what}</source>
        <translation>{document} पर {who}: {what}</translation>
    </message>
    <message>
        <source>Search notes (Hindi or Roman)</source>
        <translation>टिप्पणियाँ खोजें (हिन्दी या रोमन)</translation>
    </message>
    <message>
        <source>Notes and unsure flags</source>
        <translation>टिप्पणियाँ और अनिश्चित चिह्न</translation>
    </message>
    <message>
        <source>{count} note matching “{query}”</source>
        <translation>“{query}” से मेल खाती {count} टिप्पणी</translation>
    </message>
    <message>
        <source>{count} notes matching “{query}”</source>
        <translation>“{query}” से मेल खाती {count} टिप्पणियाँ</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} टिप्पणी</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} टिप्पणियाँ</translation>
    </message>
</context>
<context>
    <name>OccurrenceReview</name>
    <message>
        <source>Select a span first (click it or press Tab), then annotate all its occurrences.</source>
        <translation>पहले एक स्पैन चुनें (उस पर क्लिक करें या Tab दबाएँ), फिर उसकी सभी आवृत्तियाँ एनोटेट करें।</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>इस दस्तावेज़</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>पूरे प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Looking for {text} ({label}) in {where}…</source>
        <translation>{where} में {text} ({label}) खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>No other occurrence of {text} without a {label} span in {where}.</source>
        <translation>{where} में {text} की बिना {label} स्पैन वाली कोई और आवृत्ति नहीं।</translation>
    </message>
    <message>
        <source>No other occurrence of {text} to annotate.</source>
        <translation>एनोटेट करने के लिए {text} की कोई और आवृत्ति नहीं।</translation>
    </message>
    <message>
        <source> in {count} documents</source>
        <translation> ({count} दस्तावेज़ों में)</translation>
    </message>
    <message>
        <source>{count} suggested {label} spans for {text} in {where}{in_docs}. Y or Enter accepts, N or Backspace rejects, Shift+Y accepts all (one undo step), ↑ ↓ step.</source>
        <translation>{where} में {text} के लिए {count} सुझाए गए {label} स्पैन{in_docs}। Y या Enter स्वीकारता है, N या Backspace अस्वीकारता है, Shift+Y सभी स्वीकारता है (एक पूर्ववत चरण), ↑ ↓ आगे-पीछे।</translation>
    </message>
    <message>
        <source>Select a span and choose Annotate ▸ Annotate all occurrences.</source>
        <translation>एक स्पैन चुनें और एनोटेशन ▸ सभी आवृत्तियाँ एनोटेट करें चुनें।</translation>
    </message>
    <message>
        <source>Added {label}: {text}.</source>
        <translation>{label} जोड़ा गया: {text}।</translation>
    </message>
    <message>
        <source>Added 1 {label} span (one undo step).</source>
        <translation>1 {label} स्पैन जोड़ा गया (एक पूर्ववत चरण)।</translation>
    </message>
    <message>
        <source>Added {count} {label} spans (one undo step).</source>
        <translation>{count} {label} स्पैन जोड़े गए (एक पूर्ववत चरण)।</translation>
    </message>
    <message>
        <source>Rejected the remaining suggestions; nothing was added.</source>
        <translation>बाक़ी सुझाव अस्वीकार किए; कुछ नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Every suggestion is decided.</source>
        <translation>हर सुझाव पर निर्णय हो चुका है।</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Team progress</source>
        <translation>टीम की प्रगति</translation>
    </message>
    <message>
        <source>Progress per annotator</source>
        <translation>प्रति एनोटेटर प्रगति</translation>
    </message>
    <message>
        <source>Agreement so far per annotator pair</source>
        <translation>प्रति एनोटेटर जोड़ी अब तक की सहमति</translation>
    </message>
    <message>
        <source>Spans per label</source>
        <translation>प्रति लेबल स्पैन</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Progress views</source>
        <translation>प्रगति के दृश्य</translation>
    </message>
    <message>
        <source>Done per day</source>
        <translation>प्रति दिन पूरे</translation>
    </message>
    <message>
        <source>Agreement so far</source>
        <translation>अब तक की सहमति</translation>
    </message>
    <message>
        <source>Documents: {documents}; assigned to annotators.</source>
        <translation>दस्तावेज़: {documents}; एनोटेटरों को सौंपे गए।</translation>
    </message>
    <message>
        <source>Documents: {documents}; nothing assigned: every document is open to everyone.</source>
        <translation>दस्तावेज़: {documents}; कुछ नहीं सौंपा गया: हर दस्तावेज़ सबके लिए खुला है।</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Open or create a project first (File ▸ New project…), then import into it</source>
        <translation>पहले एक प्रोजेक्ट खोलें या बनाएँ (फ़ाइल ▸ नया प्रोजेक्ट…), फिर उसमें आयात करें</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>फ़ोल्डर आयात करें</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>फ़ाइलें आयात करें</translation>
    </message>
    <message>
        <source>Articles and annotations ({kinds});;All files (*)</source>
        <translation>लेख और एनोटेशन ({kinds});;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>ProjectJob</name>
    <message>
        <source>Something unexpected went wrong ({error}); the project is unchanged</source>
        <translation>कुछ अनपेक्षित गड़बड़ हुई ({error}); प्रोजेक्ट नहीं बदला</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>इसमें देखें:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ऊपर का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विवरण दृश्य</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलाव की तिथि</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>ReviewToolbars</name>
    <message>
        <source> Document </source>
        <translation> दस्तावेज़ </translation>
    </message>
    <message>
        <source>Annotators ▾</source>
        <translation>एनोटेटर ▾</translation>
    </message>
    <message>
        <source>Hide annotator names</source>
        <translation>एनोटेटरों के नाम छिपाएँ</translation>
    </message>
    <message>
        <source>Gold status</source>
        <translation>गोल्ड स्थिति</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <source>Take {name} ({key})</source>
        <translation>{name} का लें ({key})</translation>
    </message>
    <message>
        <source>Take 1</source>
        <translation>1 का लें</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>शुरू नहीं</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>निर्णीत</translation>
    </message>
    <message>
        <source>Accept all agreed</source>
        <translation>सभी सहमत स्वीकारें</translation>
    </message>
    <message>
        <source>Mark adjudicated and next</source>
        <translation>निर्णीत चिह्नित करें और अगला</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>अगला दस्तावेज़</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>पिछला दस्तावेज़</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>सूची पर वापस</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Take 2</source>
        <translation>2 का लें</translation>
    </message>
    <message>
        <source>Take both (B)</source>
        <translation>दोनों लें (B)</translation>
    </message>
    <message>
        <source>Reject (X)</source>
        <translation>अस्वीकारें (X)</translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>संपादित करें (E)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Annotators: {names} ▾</source>
        <translation>एनोटेटर: {names} ▾</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {file}</source>
        <translation>समीक्षा — {file}</translation>
    </message>
    <message>
        <source>Select some text in the gold row first, then press a label key.</source>
        <translation>पहले गोल्ड पंक्ति में कुछ पाठ चुनें, फिर लेबल कुंजी दबाएँ।</translation>
    </message>
    <message>
        <source>Annotator {alias}</source>
        <translation>एनोटेटर {alias}</translation>
    </message>
    <message>
        <source>{key} take {name}</source>
        <translation>{key} {name} का लें</translation>
    </message>
    <message>
        <source>Review — {document} — {file}</source>
        <translation>समीक्षा — {document} — {file}</translation>
    </message>
    <message>
        <source>No more documents to review that way.</source>
        <translation>उस दिशा में समीक्षा के लिए और दस्तावेज़ नहीं।</translation>
    </message>
    <message>
        <source>The relation&apos;s ends are too far apart for one pane: both are in the strip above; click one there to bring it into the rows.</source>
        <translation>संबंध के दोनों सिरे एक पैन के लिए बहुत दूर हैं: दोनों ऊपर की पट्टी में हैं; पंक्तियों में लाने के लिए वहाँ किसी एक पर क्लिक करें।</translation>
    </message>
    <message>
        <source>No disagreements in this document.</source>
        <translation>इस दस्तावेज़ में कोई असहमति नहीं।</translation>
    </message>
    <message>
        <source>{count} relation(s) followed the kept span into gold ({labels}).</source>
        <translation>{count} संबंध रखे गए स्पैन के साथ गोल्ड में गए ({labels})।</translation>
    </message>
    <message>
        <source>Select a disagreement first (J / K).</source>
        <translation>पहले एक असहमति चुनें (J / K)।</translation>
    </message>
    <message>
        <source>There are {count} annotators to take from.</source>
        <translation>लेने के लिए {count} एनोटेटर हैं।</translation>
    </message>
    <message>
        <source>Took {name}&apos;s span</source>
        <translation>{name} का स्पैन लिया</translation>
    </message>
    <message>
        <source>Took {name}&apos;s relation</source>
        <translation>{name} का संबंध लिया</translation>
    </message>
    <message>
        <source>Took every proposal</source>
        <translation>हर प्रस्ताव लिया</translation>
    </message>
    <message>
        <source>Rejected it</source>
        <translation>अस्वीकार किया</translation>
    </message>
    <message>
        <source>Accepted {spans} agreed spans and {relations} agreed relations (one undo step).</source>
        <translation>{spans} सहमत स्पैन और {relations} सहमत संबंध स्वीकार किए (एक पूर्ववत चरण)।</translation>
    </message>
    <message>
        <source>Marked adjudicated ({left} disagreements left undecided).</source>
        <translation>निर्णीत चिह्नित किया ({left} असहमतियों पर निर्णय बाक़ी)।</translation>
    </message>
    <message>
        <source>Marked adjudicated.</source>
        <translation>निर्णीत चिह्नित किया।</translation>
    </message>
    <message>
        <source>Every document in review is adjudicated.</source>
        <translation>समीक्षा का हर दस्तावेज़ निर्णीत है।</translation>
    </message>
</context>
<context>
    <name>RomanisedView</name>
    <message>
        <source>Hindi (readable)</source>
        <translation>हिन्दी (पठनीय)</translation>
    </message>
    <message>
        <source>{scheme} romanisation of {text}</source>
        <translation>{text} का {scheme} रोमनीकरण</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Search all documents</source>
        <translation>सभी दस्तावेज़ों में खोजें</translation>
    </message>
    <message>
        <source>Indexing the project for search…</source>
        <translation>खोज के लिए प्रोजेक्ट का सूचकांक बन रहा है…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document</source>
        <translation>हर दस्तावेज़ में खोजें</translation>
    </message>
    <message>
        <source>Search every document, in Hindi or Roman (ajay mishra)</source>
        <translation>हर दस्तावेज़ में हिन्दी या रोमन में खोजें (ajay mishra)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज जारी…</translation>
    </message>
    <message>
        <source> (the first {n})</source>
        <translation> (पहले {n})</translation>
    </message>
    <message>
        <source>{n} hit</source>
        <translation>{n} परिणाम</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>{n} परिणाम</translation>
    </message>
    <message>
        <source>in {n} document</source>
        <translation>{n} दस्तावेज़ में</translation>
    </message>
    <message>
        <source>in {n} documents</source>
        <translation>{n} दस्तावेज़ों में</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} documents…</source>
        <translation>{total} में से {done} दस्तावेज़ों का सूचकांक बना…</translation>
    </message>
</context>
<context>
    <name>SearchWorker</name>
    <message>
        <source>the search failed ({error})</source>
        <translation>खोज विफल रही ({error})</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{file} is read-only: changes cannot be saved</source>
        <translation>{file} केवल पढ़ने के लिए है: बदलाव सहेजे नहीं जा सकते</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Select text</source>
        <translation>पाठ चुनना</translation>
    </message>
    <message>
        <source>Select text; the selection snaps to whole words</source>
        <translation>पाठ चुनें; चयन पूरे शब्दों तक फैल जाता है</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>खींचें</translation>
    </message>
    <message>
        <source>Alt+drag or Shift+drag</source>
        <translation>Alt+खींचें या Shift+खींचें</translation>
    </message>
    <message>
        <source>Select by akshara (grapheme cluster) instead of word</source>
        <translation>शब्द की जगह अक्षर (ग्रैफ़ीम समूह) से चुनें</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>दोहरा क्लिक</translation>
    </message>
    <message>
        <source>Select one word</source>
        <translation>एक शब्द चुनें</translation>
    </message>
    <message>
        <source>Move the caret by akshara / by word</source>
        <translation>कर्सर को अक्षर / शब्द से खिसकाएँ</translation>
    </message>
    <message>
        <source>Extend the selection by akshara / by word</source>
        <translation>चयन को अक्षर / शब्द से बढ़ाएँ</translation>
    </message>
    <message>
        <source>Move the caret by line, to the line&apos;s ends, to the text&apos;s ends</source>
        <translation>कर्सर को पंक्ति से, पंक्ति के सिरों तक, पाठ के सिरों तक खिसकाएँ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Label key (see below)</source>
        <translation>लेबल कुंजी (नीचे देखें)</translation>
    </message>
    <message>
        <source>Tag the selected text with that label; with a span selected, relabel it</source>
        <translation>चुने गए पाठ को उस लेबल से टैग करें; स्पैन चुना हो तो उसका लेबल बदलें</translation>
    </message>
    <message>
        <source>Click a span&apos;s text, bar or label</source>
        <translation>स्पैन के पाठ, पट्टी या लेबल पर क्लिक</translation>
    </message>
    <message>
        <source>Select the span (click again for the enclosing span)</source>
        <translation>स्पैन चुनें (बाहरी स्पैन के लिए फिर क्लिक करें)</translation>
    </message>
    <message>
        <source>Select the next / previous span</source>
        <translation>अगला / पिछला स्पैन चुनें</translation>
    </message>
    <message>
        <source>With a span selected: move its end by akshara / by word</source>
        <translation>स्पैन चुना हो तो: उसका अंत अक्षर / शब्द से खिसकाएँ</translation>
    </message>
    <message>
        <source>With a span selected: move its start by akshara / by word</source>
        <translation>स्पैन चुना हो तो: उसकी शुरुआत अक्षर / शब्द से खिसकाएँ</translation>
    </message>
    <message>
        <source>Drag a selected span&apos;s edge</source>
        <translation>चुने गए स्पैन का किनारा खींचें</translation>
    </message>
    <message>
        <source>Move that edge (Alt or Shift: by akshara)</source>
        <translation>वह किनारा खिसकाएँ (Alt या Shift: अक्षर से)</translation>
    </message>
    <message>
        <source>Delete or Backspace</source>
        <translation>Delete या Backspace</translation>
    </message>
    <message>
        <source>Delete the selected span (with its relations) or relation</source>
        <translation>चुना गया स्पैन (उसके संबंधों सहित) या संबंध हटाएँ</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>चयन हटाएँ</translation>
    </message>
    <message>
        <source>Annotate all occurrences of the selected span in this document: each is offered as a suggestion</source>
        <translation>इस दस्तावेज़ में चुने गए स्पैन की सभी आवृत्तियाँ एनोटेट करें: हर एक सुझाव के रूप में दी जाती है</translation>
    </message>
    <message>
        <source>Annotate all occurrences of the selected span in the whole project</source>
        <translation>पूरे प्रोजेक्ट में चुने गए स्पैन की सभी आवृत्तियाँ एनोटेट करें</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Write a note on the selected span or relation (the document&apos;s, with nothing selected); Enter saves, empty deletes</source>
        <translation>चुने गए स्पैन या संबंध पर टिप्पणी लिखें (कुछ न चुना हो तो दस्तावेज़ पर); Enter सहेजता है, ख़ाली टिप्पणी हटाती है</translation>
    </message>
    <message>
        <source>Mark the selected span or relation (or the document) unsure, or not; shown as (?) after its label</source>
        <translation>चुने गए स्पैन या संबंध (या दस्तावेज़) को अनिश्चित चिह्नित करें या हटाएँ; लेबल के बाद (?) दिखता है</translation>
    </message>
    <message>
        <source>Notes panel: every note and unsure flag of the project, searchable in Hindi or Roman; Enter opens its place, ↓ then Enter the next</source>
        <translation>टिप्पणी पैनल: परियोजना की हर टिप्पणी और अनिश्चित चिह्न, हिंदी या रोमन में खोजने योग्य; Enter उसकी जगह खोलता है, ↓ फिर Enter अगली</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>गुण</translation>
    </message>
    <message>
        <source>Edit the selected span&apos;s attributes (the scheme&apos;s: entity id, role…); Enter saves (one undo step)</source>
        <translation>चुने गए स्पैन के गुण बदलें (स्कीम के: इकाई आईडी, भूमिका…); Enter सहेजता है (एक पूर्ववत चरण)</translation>
    </message>
    <message>
        <source>↓ then Enter (in a text field)</source>
        <translation>↓ फिर Enter (पाठ फ़ील्ड में)</translation>
    </message>
    <message>
        <source>Pick a value already used in the project (listed with its surface forms, filtered in Hindi or Roman)</source>
        <translation>प्रोजेक्ट में पहले से इस्तेमाल मान चुनें (उसके सतही रूपों के साथ, हिन्दी या रोमन में फ़िल्टर)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>Y or Enter</source>
        <translation>Y या Enter</translation>
    </message>
    <message>
        <source>Accept the current suggestion (one undo step) and go to the next</source>
        <translation>मौजूदा सुझाव स्वीकारें (एक पूर्ववत चरण) और अगले पर जाएँ</translation>
    </message>
    <message>
        <source>N, Backspace or Delete</source>
        <translation>N, Backspace या Delete</translation>
    </message>
    <message>
        <source>Reject the current suggestion (nothing is added) and go to the next</source>
        <translation>मौजूदा सुझाव अस्वीकारें (कुछ नहीं जुड़ता) और अगले पर जाएँ</translation>
    </message>
    <message>
        <source>↑ ↓ or click a dashed LABEL?</source>
        <translation>↑ ↓ या डैश वाले LABEL? पर क्लिक</translation>
    </message>
    <message>
        <source>Step through the suggestions; one in another document opens it</source>
        <translation>सुझावों में आगे-पीछे जाएँ; दूसरे दस्तावेज़ का सुझाव उसे खोलता है</translation>
    </message>
    <message>
        <source>Accept all that are left (one undo step) / reject all that are left</source>
        <translation>बाक़ी सभी स्वीकारें (एक पूर्ववत चरण) / बाक़ी सभी अस्वीकारें</translation>
    </message>
    <message>
        <source>Back to the text; undecided suggestions stay, and nothing is applied</source>
        <translation>पाठ पर वापस; अनिर्णीत सुझाव बने रहते हैं, और कुछ लागू नहीं होता</translation>
    </message>
    <message>
        <source>Suggested panel</source>
        <translation>सुझाए गए पैनल</translation>
    </message>
    <message>
        <source>Accept the team&apos;s suggestion as your own span / reject it (never offered again here)</source>
        <translation>टीम का सुझाव अपने स्पैन के रूप में स्वीकारें / अस्वीकारें (यहाँ फिर कभी नहीं दिया जाएगा)</translation>
    </message>
    <message>
        <source>Accept / reject every suggestion with the current one&apos;s label (one undo step)</source>
        <translation>मौजूदा सुझाव के लेबल वाले सभी सुझाव स्वीकारें / अस्वीकारें (एक पूर्ववत चरण)</translation>
    </message>
    <message>
        <source>Move the current suggestion&apos;s end / start by a word before accepting it</source>
        <translation>स्वीकारने से पहले मौजूदा सुझाव का अंत / शुरुआत एक शब्द खिसकाएँ</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>R (or Ctrl+R)</source>
        <translation>R (या Ctrl+R)</translation>
    </message>
    <message>
        <source>Start a relation from the selected span</source>
        <translation>चुने गए स्पैन से संबंध शुरू करें</translation>
    </message>
    <message>
        <source>Click a span, or Tab then Enter</source>
        <translation>किसी स्पैन पर क्लिक, या Tab फिर Enter</translation>
    </message>
    <message>
        <source>Choose the second span; a menu offers the allowed types</source>
        <translation>दूसरा स्पैन चुनें; एक मेन्यू अनुमत प्रकार दिखाता है</translation>
    </message>
    <message>
        <source>Relation key in the menu (see below)</source>
        <translation>मेन्यू में संबंध कुंजी (नीचे देखें)</translation>
    </message>
    <message>
        <source>Make a relation of that type</source>
        <translation>उस प्रकार का संबंध बनाएँ</translation>
    </message>
    <message>
        <source>Cancel the relation</source>
        <translation>संबंध रद्द करें</translation>
    </message>
    <message>
        <source>Click an arc or its label</source>
        <translation>किसी चाप या उसके लेबल पर क्लिक</translation>
    </message>
    <message>
        <source>Select the relation</source>
        <translation>संबंध चुनें</translation>
    </message>
    <message>
        <source>Show or hide the arcs</source>
        <translation>चाप दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Next / previous document</source>
        <translation>अगला / पिछला दस्तावेज़</translation>
    </message>
    <message>
        <source>Mark the document done and go to the next one not done</source>
        <translation>दस्तावेज़ पूरा चिह्नित करें और अगले अधूरे पर जाएँ</translation>
    </message>
    <message>
        <source>Filter the document list by id or text, in Hindi or Roman</source>
        <translation>दस्तावेज़ सूची को आईडी या पाठ से, हिन्दी या रोमन में फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Find in the text in Hindi (folded: nukta, digits) or Roman (&quot;ajay mishra&quot;); next, previous</source>
        <translation>पाठ में हिन्दी (नुक़्ता, अंक समान माने जाते हैं) या रोमन (&quot;ajay mishra&quot;) में ढूँढें; अगला, पिछला</translation>
    </message>
    <message>
        <source>Search every document (Hindi or Roman); Enter or a click on a hit opens it</source>
        <translation>हर दस्तावेज़ में खोजें (हिन्दी या रोमन); Enter या परिणाम पर क्लिक उसे खोलता है</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादन</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z या Ctrl+Y</translation>
    </message>
    <message>
        <source>Undo / redo (every change is already saved)</source>
        <translation>पूर्ववत / फिर से करें (हर बदलाव पहले ही सहेजा जा चुका है)</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>चुना गया पाठ कॉपी करें</translation>
    </message>
    <message>
        <source>View</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>Zoom in / out / back to normal</source>
        <translation>बड़ा / छोटा / सामान्य आकार</translation>
    </message>
    <message>
        <source>Show or hide the romanisation under each Devanagari word (scheme: View ▸ Romanisation scheme)</source>
        <translation>हर देवनागरी शब्द के नीचे रोमनीकरण दिखाएँ या छिपाएँ (पद्धति: दृश्य ▸ रोमनीकरण पद्धति)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Open a project / quit (or drop a .db project file on the window)</source>
        <translation>प्रोजेक्ट खोलें / बंद करें (या .db प्रोजेक्ट फ़ाइल विंडो पर छोड़ें)</translation>
    </message>
    <message>
        <source>New project (file name and scheme) / import article files or a folder (or drop them on the window)</source>
        <translation>नया प्रोजेक्ट (फ़ाइल नाम और स्कीम) / लेख फ़ाइलें या फ़ोल्डर आयात करें (या उन्हें विंडो पर छोड़ें)</translation>
    </message>
    <message>
        <source>Send my work: the whole project as one self-contained file for the lead (safe while you keep working)</source>
        <translation>मेरा काम भेजें: पूरा प्रोजेक्ट लीड के लिए एक स्वतंत्र फ़ाइल में (काम जारी रखते हुए भी सुरक्षित)</translation>
    </message>
    <message>
        <source>Merge other laptops&apos; project files or packages into this project (progress, then a report)</source>
        <translation>दूसरे लैपटॉप की प्रोजेक्ट फ़ाइलें या पैकेज इस प्रोजेक्ट में मिलाएँ (प्रगति, फिर रिपोर्ट)</translation>
    </message>
    <message>
        <source>Export: format, layer (gold or an annotator), documents, options; progress with Cancel; asks before replacing a file</source>
        <translation>निर्यात: प्रारूप, परत (गोल्ड या कोई एनोटेटर), दस्तावेज़, विकल्प; रद्द के साथ प्रगति; फ़ाइल बदलने से पहले पूछता है</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Review document: compare annotators&apos; layers and adjudicate into gold (Review ▸ Assign documents… assigns work)</source>
        <translation>दस्तावेज़ की समीक्षा: एनोटेटरों की परतों की तुलना करें और गोल्ड में निर्णय करें (समीक्षा ▸ दस्तावेज़ सौंपें… काम सौंपता है)</translation>
    </message>
    <message>
        <source>Agreement: per pair and label, alpha, confusion grid, documents worst first (double-click one to review it)</source>
        <translation>सहमति: प्रति जोड़ी और लेबल, अल्फ़ा, भ्रम तालिका, सबसे ख़राब दस्तावेज़ पहले (समीक्षा के लिए दोहरा क्लिक करें)</translation>
    </message>
    <message>
        <source>Team progress: per annotator assigned, done, in progress, spans, relations; agreement so far; spans per label; done per day</source>
        <translation>टीम की प्रगति: प्रति एनोटेटर सौंपे, पूरे, जारी, स्पैन, संबंध; अब तक की सहमति; प्रति लेबल स्पैन; प्रति दिन पूरे</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>समीक्षा विंडो</translation>
    </message>
    <message>
        <source>J or N / K or P</source>
        <translation>J या N / K या P</translation>
    </message>
    <message>
        <source>Next / previous disagreement (↑ ↓ also move in the list)</source>
        <translation>अगली / पिछली असहमति (↑ ↓ भी सूची में चलते हैं)</translation>
    </message>
    <message>
        <source>Take that annotator&apos;s version (span or relation) into gold</source>
        <translation>उस एनोटेटर का संस्करण (स्पैन या संबंध) गोल्ड में लें</translation>
    </message>
    <message>
        <source>Take both (every proposal of this disagreement)</source>
        <translation>दोनों लें (इस असहमति का हर प्रस्ताव)</translation>
    </message>
    <message>
        <source>X or Delete</source>
        <translation>X या Delete</translation>
    </message>
    <message>
        <source>Reject: nothing of it goes into gold</source>
        <translation>अस्वीकारें: इसका कुछ भी गोल्ड में नहीं जाता</translation>
    </message>
    <message>
        <source>E or Enter</source>
        <translation>E या Enter</translation>
    </message>
    <message>
        <source>Edit by hand: put the span into gold and edit it there (label keys, Shift+← →, Alt+Shift+← →, R); Esc returns to the list</source>
        <translation>हाथ से संपादन: स्पैन को गोल्ड में रखें और वहीं संपादित करें (लेबल कुंजियाँ, Shift+← →, Alt+Shift+← →, R); Esc सूची पर लौटाता है</translation>
    </message>
    <message>
        <source>A or Ctrl+Shift+A</source>
        <translation>A या Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Accept everything all annotators agree on (one undo step)</source>
        <translation>जिस पर सभी एनोटेटर सहमत हैं वह सब स्वीकारें (एक पूर्ववत चरण)</translation>
    </message>
    <message>
        <source>Mark the document adjudicated and open the next one not adjudicated</source>
        <translation>दस्तावेज़ निर्णीत चिह्नित करें और अगला अनिर्णीत खोलें</translation>
    </message>
    <message>
        <source>Next / previous document to review</source>
        <translation>समीक्षा के लिए अगला / पिछला दस्तावेज़</translation>
    </message>
    <message>
        <source>Hide annotator names (blind review: Annotator A, B, C)</source>
        <translation>एनोटेटरों के नाम छिपाएँ (अंधी समीक्षा: एनोटेटर A, B, C)</translation>
    </message>
    <message>
        <source>Undo / redo a decision (saved at once)</source>
        <translation>निर्णय पूर्ववत / फिर से करें (तुरंत सहेजा जाता है)</translation>
    </message>
    <message>
        <source>Back to the disagreement list / close the review window</source>
        <translation>असहमति सूची पर वापस / समीक्षा विंडो बंद करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>यह सूची</translation>
    </message>
    <message>
        <source>Label keys</source>
        <translation>लेबल कुंजियाँ</translation>
    </message>
    <message>
        <source>Relation keys (in the menu)</source>
        <translation>संबंध कुंजियाँ (मेन्यू में)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Entities in this document</source>
        <translation>इस दस्तावेज़ की इकाइयाँ</translation>
    </message>
    <message>
        <source>Relations in this document</source>
        <translation>इस दस्तावेज़ के संबंध</translation>
    </message>
    <message>
        <source>Label palette</source>
        <translation>लेबल पैलेट</translation>
    </message>
    <message>
        <source>Show relation arcs</source>
        <translation>संबंध चाप दिखाएँ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>{label} (key {key}): {description}</source>
        <translation>{label} (कुंजी {key}): {description}</translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation>लेबल {label}, कुंजी {key}</translation>
    </message>
</context>
<context>
    <name>SourceSuggestions</name>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Gazetteer</source>
        <translation>नाम-सूची</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>पैटर्न</translation>
    </message>
    <message>
        <source>The layer to learn from: gold (adjudicated and done documents) or one annotator&apos;s done documents</source>
        <translation>किस परत से सीखना है: गोल्ड (निर्णीत और पूरे दस्तावेज़) या किसी एक एनोटेटर के पूरे दस्तावेज़</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>प्रशिक्षित करें</translation>
    </message>
    <message>
        <source>Accept all of this label (Shift+Y)</source>
        <translation>इस लेबल के सभी स्वीकारें (Shift+Y)</translation>
    </message>
    <message>
        <source>Reject all of this label (Shift+N)</source>
        <translation>इस लेबल के सभी अस्वीकारें (Shift+N)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>सुझाए गए</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>गोल्ड</translation>
    </message>
    <message>
        <source>{count} suggestions in this document. Y accepts, N rejects, Shift+Y accepts all of that label, Shift+← → / Alt+Shift+← → move the end / start.</source>
        <translation>इस दस्तावेज़ में {count} सुझाव। Y स्वीकारता है, N अस्वीकारता है, Shift+Y उस लेबल के सभी स्वीकारता है, Shift+← → / Alt+Shift+← → अंत / शुरुआत खिसकाते हैं।</translation>
    </message>
    <message>
        <source>No suggestions for this document. Train (or run &apos;annotator suggest&apos;) to get some.</source>
        <translation>इस दस्तावेज़ के लिए कोई सुझाव नहीं। सुझाव पाने के लिए प्रशिक्षित करें (या &apos;annotator suggest&apos; चलाएँ)।</translation>
    </message>
    <message>
        <source>Training on {layer} in the background…</source>
        <translation>पृष्ठभूमि में {layer} पर प्रशिक्षण हो रहा है…</translation>
    </message>
    <message>
        <source>Rejected {count} suggested {label} spans (one undo step).</source>
        <translation>{count} सुझाए गए {label} स्पैन अस्वीकार किए (एक पूर्ववत चरण)।</translation>
    </message>
    <message>
        <source>training {done}/{total}</source>
        <translation>प्रशिक्षण {done}/{total}</translation>
    </message>
    <message>
        <source>suggesting {done}/{total}</source>
        <translation>सुझाव {done}/{total}</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>प्रशिक्षण रद्द करें</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Select a span and choose Annotate ▸ Annotate all occurrences.</source>
        <translation>एक स्पैन चुनें और एनोटेशन ▸ सभी आवृत्तियाँ एनोटेट करें चुनें।</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>Accept (Y)</source>
        <translation>स्वीकारें (Y)</translation>
    </message>
    <message>
        <source>Reject (N)</source>
        <translation>अस्वीकारें (N)</translation>
    </message>
    <message>
        <source>Accept all (Shift+Y)</source>
        <translation>सभी स्वीकारें (Shift+Y)</translation>
    </message>
    <message>
        <source>Reject all (Shift+N)</source>
        <translation>सभी अस्वीकारें (Shift+N)</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>No document has two annotators&apos; work yet; choose other annotators, or merge their files first.</source>
        <translation>अभी किसी दस्तावेज़ पर दो एनोटेटरों का काम नहीं है; दूसरे एनोटेटर चुनें, या पहले उनकी फ़ाइलें मिलाएँ।</translation>
    </message>
    <message>
        <source>Send my work: save one file for the lead</source>
        <translation>मेरा काम भेजें: लीड के लिए एक फ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Project files (*.db)</source>
        <translation>प्रोजेक्ट फ़ाइलें (*.db)</translation>
    </message>
    <message>
        <source>Send this one file to your lead: {file} ({spans} spans)</source>
        <translation>यह एक फ़ाइल अपने लीड को भेजें: {file} ({spans} स्पैन)</translation>
    </message>
    <message>
        <source>Assigned {pairs} (document, annotator) pairs; {shared} documents double-annotated; {mine} in your queue.</source>
        <translation>{pairs} (दस्तावेज़, एनोटेटर) जोड़ियाँ सौंपी गईं; {shared} दस्तावेज़ों पर दोहरा एनोटेशन; {mine} आपकी कतार में।</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Click a second span to relate, or press Esc.</source>
        <translation>जोड़ने के लिए दूसरे स्पैन पर क्लिक करें, या Esc दबाएँ।</translation>
    </message>
    <message>
        <source>Press Tab to choose the second span first.</source>
        <translation>पहले दूसरा स्पैन चुनने के लिए Tab दबाएँ।</translation>
    </message>
    <message>
        <source>No relation made.</source>
        <translation>कोई संबंध नहीं बना।</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Select some text first, then press a label key.</source>
        <translation>पहले कुछ पाठ चुनें, फिर लेबल कुंजी दबाएँ।</translation>
    </message>
    <message>
        <source>Select a span first (click it or press Tab), then press R.</source>
        <translation>पहले एक स्पैन चुनें (उस पर क्लिक करें या Tab दबाएँ), फिर R दबाएँ।</translation>
    </message>
    <message>
        <source>Pick the second span: click it, or Tab to it and press Enter. Esc cancels.</source>
        <translation>दूसरा स्पैन चुनें: उस पर क्लिक करें, या Tab से वहाँ जाकर Enter दबाएँ। Esc रद्द करता है।</translation>
    </message>
    <message>
        <source>Suggested {label}: {text} (accept or reject it in the Suggestions panel)</source>
        <translation>सुझाया गया {label}: {text} (इसे सुझाव पैनल में स्वीकारें या अस्वीकारें)</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Training cancelled; the last model and suggestions stay as they were.</source>
        <translation>प्रशिक्षण रद्द; पिछला मॉडल और सुझाव जैसे थे वैसे रहेंगे।</translation>
    </message>
    <message>
        <source>Trained; the documents not done yet have new suggestions.</source>
        <translation>प्रशिक्षण पूरा; अधूरे दस्तावेज़ों के लिए नए सुझाव हैं।</translation>
    </message>
    <message>
        <source>Training stopped (exit status {code}).</source>
        <translation>प्रशिक्षण रुक गया (निकास स्थिति {code})।</translation>
    </message>
    <message>
        <source>Training could not start: the annotator program was not found.</source>
        <translation>प्रशिक्षण शुरू नहीं हो सका: annotator प्रोग्राम नहीं मिला।</translation>
    </message>
</context>
<context>
    <name>annotate</name>
    <message>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>; details are in {log}</source>
        <translation>; विवरण {log} में है</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}){where}. Your saved work is safe</source>
        <translation>कुछ अनपेक्षित गड़बड़ हुई ({error}){where}। आपका सहेजा काम सुरक्षित है</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>attribute {name} needs a value (clear it instead)</source>
        <translation>गुण {name} को एक मान चाहिए (या उसे हटा दें)</translation>
    </message>
    <message>
        <source>attribute {name}: {value} has spaces at its ends</source>
        <translation>गुण {name}: {value} के सिरों पर रिक्त स्थान हैं</translation>
    </message>
    <message>
        <source>attribute {name} is at most {most} characters (this one has {count})</source>
        <translation>गुण {name} अधिकतम {most} अक्षरों का होता है (इसमें {count} हैं)</translation>
    </message>
    <message>
        <source>attribute {name} is one line, without tabs or control characters</source>
        <translation>गुण {name} एक ही पंक्ति का होता है, बिना टैब या नियंत्रण अक्षरों के</translation>
    </message>
    <message>
        <source>attribute {name}: the value {problem}</source>
        <translation>गुण {name}: मान {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>{path}: no annotator {name} (annotators: {names})</source>
        <translation>{path}: कोई एनोटेटर {name} नहीं (एनोटेटर: {names})</translation>
    </message>
    <message>
        <source>the scheme has no attribute {name} (it has {known})</source>
        <translation>स्कीम में कोई गुण {name} नहीं है (उसमें हैं: {known})</translation>
    </message>
    <message>
        <source>attribute {name} is not for {label} spans (only {labels})</source>
        <translation>गुण {name} {label} स्पैन के लिए नहीं है (केवल {labels} के लिए)</translation>
    </message>
    <message>
        <source>no such span {uuid} (it may have been deleted)</source>
        <translation>ऐसा कोई स्पैन नहीं: {uuid} (शायद वह हटाया जा चुका है)</translation>
    </message>
    <message>
        <source>no such relation {uuid} (it may have been deleted)</source>
        <translation>ऐसा कोई संबंध नहीं: {uuid} (शायद वह हटाया जा चुका है)</translation>
    </message>
    <message>
        <source>unknown entity label {label}; the scheme has {names}</source>
        <translation>अज्ञात इकाई लेबल {label}; स्कीम में ये हैं: {names}</translation>
    </message>
    <message>
        <source>this layer already has a {label} span at {start}-{end}</source>
        <translation>इस परत में {start}-{end} पर पहले से एक {label} स्पैन है</translation>
    </message>
    <message>
        <source>unknown relation type {label}; the scheme has {names}</source>
        <translation>अज्ञात संबंध प्रकार {label}; स्कीम में ये हैं: {names}</translation>
    </message>
    <message>
        <source>a relation needs two different spans</source>
        <translation>संबंध के लिए दो अलग-अलग स्पैन चाहिए</translation>
    </message>
    <message>
        <source>a relation&apos;s spans must be in the same document</source>
        <translation>संबंध के दोनों स्पैन एक ही दस्तावेज़ में होने चाहिए</translation>
    </message>
    <message>
        <source>a relation&apos;s spans must be in the same annotator&apos;s layer</source>
        <translation>संबंध के दोनों स्पैन एक ही एनोटेटर की परत में होने चाहिए</translation>
    </message>
    <message>
        <source>the scheme does not allow {label} from {head} to {tail}</source>
        <translation>स्कीम {head} से {tail} तक {label} की अनुमति नहीं देती</translation>
    </message>
    <message>
        <source>this {label} relation already exists</source>
        <translation>यह {label} संबंध पहले से है</translation>
    </message>
    <message>
        <source>no such annotator {annotator}</source>
        <translation>ऐसा कोई एनोटेटर नहीं: {annotator}</translation>
    </message>
    <message>
        <source>relabelling to {label} breaks its {relation} relation; delete that relation first</source>
        <translation>लेबल बदलकर {label} करने से इसका {relation} संबंध टूट जाएगा; पहले वह संबंध हटाएँ</translation>
    </message>
    <message>
        <source>unknown status {status}; use one of {allowed}</source>
        <translation>अज्ञात स्थिति {status}; इनमें से एक चुनें: {allowed}</translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation>एनोटेटर का एक नाम होना चाहिए</translation>
    </message>
    <message>
        <source>an annotator&apos;s name may not start or end with spaces</source>
        <translation>एनोटेटर का नाम रिक्त स्थान से शुरू या ख़त्म नहीं हो सकता</translation>
    </message>
    <message>
        <source>an annotator&apos;s name is at most 64 characters</source>
        <translation>एनोटेटर का नाम अधिकतम 64 अक्षरों का होता है</translation>
    </message>
    <message>
        <source>an annotator&apos;s name may not hold control characters</source>
        <translation>एनोटेटर के नाम में नियंत्रण अक्षर नहीं हो सकते</translation>
    </message>
    <message>
        <source>the name &apos;gold&apos; is kept for the curator&apos;s gold layer</source>
        <translation>नाम &apos;gold&apos; संपादक की गोल्ड परत के लिए सुरक्षित है</translation>
    </message>
    <message>
        <source>unknown annotator kind {kind}</source>
        <translation>अज्ञात एनोटेटर प्रकार {kind}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>{path}: no annotator {name} in the project (annotators: {names})</source>
        <translation>{path}: प्रोजेक्ट में कोई एनोटेटर {name} नहीं है (एनोटेटर: {names})</translation>
    </message>
    <message>
        <source>is the project being exported; refusing to write the export onto it (even with --force)</source>
        <translation>यही वह प्रोजेक्ट है जिसका निर्यात हो रहा है; निर्यात इसके ऊपर नहीं लिखा जाएगा (--force के साथ भी नहीं)</translation>
    </message>
    <message>
        <source>is a project (an SQLite database); refusing to write an export onto it (even with --force)</source>
        <translation>एक प्रोजेक्ट है (SQLite डेटाबेस); निर्यात इसके ऊपर नहीं लिखा जाएगा (--force के साथ भी नहीं)</translation>
    </message>
    <message>
        <source>already exists; use --force to overwrite it</source>
        <translation>पहले से है; इसे बदलने के लिए --force का उपयोग करें</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>फ़ोल्डर {folder} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>is a folder holding files an export did not write; refusing to replace it even with --force</source>
        <translation>एक फ़ोल्डर है जिसमें ऐसी फ़ाइलें हैं जो किसी निर्यात ने नहीं लिखीं; इसे --force के साथ भी नहीं बदला जाएगा</translation>
    </message>
    <message>
        <source>{path}: the writer did not produce it</source>
        <translation>{path}: लिखने वाले ने इसे नहीं बनाया</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ऐसी कोई फ़ाइल या फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <source>the folder holds no file to import</source>
        <translation>फ़ोल्डर में आयात करने लायक कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>unknown file type; name the format with --format</source>
        <translation>अज्ञात फ़ाइल प्रकार; --format से प्रारूप बताएँ</translation>
    </message>
    <message>
        <source>the text {problem}</source>
        <translation>पाठ में {problem}</translation>
    </message>
    <message>
        <source>the id {problem}</source>
        <translation>आईडी में {problem}</translation>
    </message>
    <message>
        <source>&apos;meta&apos; is nested too deeply to store</source>
        <translation>&apos;meta&apos; इतना गहरा नेस्टेड है कि सहेजा नहीं जा सकता</translation>
    </message>
    <message>
        <source>&apos;meta&apos; (as JSON) {problem}</source>
        <translation>&apos;meta&apos; (JSON के रूप में) में {problem}</translation>
    </message>
    <message>
        <source>a &apos;provenance&apos; (as JSON) {problem}</source>
        <translation>एक &apos;provenance&apos; (JSON के रूप में) में {problem}</translation>
    </message>
    <message>
        <source>relation {head}-&gt;{tail}: unknown relation type {label}</source>
        <translation>संबंध {head}-&gt;{tail}: अज्ञात संबंध प्रकार {label}</translation>
    </message>
    <message>
        <source>relation {label}: no entity with id {ref}</source>
        <translation>संबंध {label}: आईडी {ref} वाली कोई इकाई नहीं</translation>
    </message>
    <message>
        <source>relation {label}: its head {head} and tail {tail} are identical entities (same start, end and label), stored as one span</source>
        <translation>संबंध {label}: इसका शीर्ष {head} और पुच्छ {tail} एक जैसी इकाइयाँ हैं (वही आरंभ, अंत और लेबल), जो एक ही स्पैन के रूप में सहेजी गईं</translation>
    </message>
    <message>
        <source>relation {label}: head and tail are the same entity</source>
        <translation>संबंध {label}: शीर्ष और पुच्छ एक ही इकाई हैं</translation>
    </message>
    <message>
        <source>relation {label}: the scheme does not allow it from {head} to {tail}</source>
        <translation>संबंध {label}: स्कीम {head} से {tail} तक इसकी अनुमति नहीं देती</translation>
    </message>
    <message>
        <source>relation #{ref}</source>
        <translation>संबंध #{ref}</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>&apos;entities&apos; must be a list</source>
        <translation>&apos;entities&apos; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>entity #{number} is not an object</source>
        <translation>इकाई #{number} ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>entity {ref}: &apos;start_offset&apos; and &apos;end_offset&apos; must be integers</source>
        <translation>इकाई {ref}: &apos;start_offset&apos; और &apos;end_offset&apos; पूर्णांक होने चाहिए</translation>
    </message>
    <message>
        <source>&apos;label&apos; must be a list of [start, end, label]</source>
        <translation>&apos;label&apos; [start, end, label] की सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;label&apos; holds categories, not spans: a text-classification record cannot be imported</source>
        <translation>&apos;label&apos; में श्रेणियाँ हैं, स्पैन नहीं: पाठ-वर्गीकरण का रिकॉर्ड आयात नहीं हो सकता</translation>
    </message>
    <message>
        <source>label #{number} must be [start, end, &quot;LABEL&quot;]</source>
        <translation>लेबल #{number} [start, end, &quot;LABEL&quot;] होना चाहिए</translation>
    </message>
    <message>
        <source>relation #{number} needs &apos;from_id&apos;, &apos;to_id&apos; and &apos;type&apos;</source>
        <translation>संबंध #{number} को &apos;from_id&apos;, &apos;to_id&apos; और &apos;type&apos; चाहिए</translation>
    </message>
    <message>
        <source>entity {ref}: &apos;start&apos; and &apos;end&apos; must be integers</source>
        <translation>इकाई {ref}: &apos;start&apos; और &apos;end&apos; पूर्णांक होने चाहिए</translation>
    </message>
    <message>
        <source>entity {ref}: &apos;label&apos; must be a non-empty string</source>
        <translation>इकाई {ref}: &apos;label&apos; एक ग़ैर-ख़ाली स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>entity {ref}: &apos;text&apos; must be a string</source>
        <translation>इकाई {ref}: &apos;text&apos; एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;relations&apos; must be a list</source>
        <translation>&apos;relations&apos; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>relation #{number} is not an object</source>
        <translation>संबंध #{number} ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>relation #{number} needs &apos;head&apos;, &apos;tail&apos; and &apos;label&apos;</source>
        <translation>संबंध #{number} को &apos;head&apos;, &apos;tail&apos; और &apos;label&apos; चाहिए</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a string</source>
        <translation>&apos;source&apos; एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>{where}: &apos;provenance&apos; must be an object, not {kind}</source>
        <translation>{where}: &apos;provenance&apos; एक ऑब्जेक्ट होना चाहिए, {kind} नहीं</translation>
    </message>
    <message>
        <source>{where}: &apos;provenance.annotators&apos; must be a list of names</source>
        <translation>{where}: &apos;provenance.annotators&apos; नामों की सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>{where}: &apos;attributes&apos; must be an object of names to strings or true/false</source>
        <translation>{where}: &apos;attributes&apos; एक ऑब्जेक्ट होना चाहिए जिसमें नामों के मान स्ट्रिंग या true/false हों</translation>
    </message>
    <message>
        <source>{where}: &apos;note&apos; must be a string</source>
        <translation>{where}: &apos;note&apos; एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>{where}: &apos;unsure&apos; must be true or false</source>
        <translation>{where}: &apos;unsure&apos; true या false होना चाहिए</translation>
    </message>
    <message>
        <source>entity {ref}</source>
        <translation>इकाई {ref}</translation>
    </message>
    <message>
        <source>relation {label}</source>
        <translation>संबंध {label}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>entity {ref}: {problem}</source>
        <translation>इकाई {ref}: {problem}</translation>
    </message>
    <message>
        <source>{where}: {count} entities repeated another of the record (same start, end and label) and were stored once</source>
        <translation>{where}: {count} इकाइयाँ रिकॉर्ड की किसी दूसरी इकाई को दोहराती थीं (वही आरंभ, अंत और लेबल) और एक बार ही सहेजी गईं</translation>
    </message>
    <message>
        <source>{where} was not imported: the project&apos;s scheme has no attribute {name}</source>
        <translation>{where} आयात नहीं हुआ: प्रोजेक्ट की स्कीम में कोई गुण {name} नहीं है</translation>
    </message>
    <message>
        <source>an entity</source>
        <translation>एक इकाई</translation>
    </message>
    <message>
        <source>{where}: unknown label {label}; a project made with `annotator init NEW.db --scheme-from {conf}` has this folder&apos;s brat types</source>
        <translation>{where}: अज्ञात लेबल {label}; `annotator init NEW.db --scheme-from {conf}` से बने प्रोजेक्ट में इस फ़ोल्डर के brat प्रकार होते हैं</translation>
    </message>
    <message>
        <source>{where}: unknown label {label}</source>
        <translation>{where}: अज्ञात लेबल {label}</translation>
    </message>
    <message>
        <source>{where}: the id is used twice</source>
        <translation>{where}: आईडी दो बार इस्तेमाल हुई है</translation>
    </message>
    <message>
        <source>{where}: its text {claimed} differs from the document&apos;s text {actual} at {start}-{end}</source>
        <translation>{where}: इसका पाठ {claimed} दस्तावेज़ के {start}-{end} पर के पाठ {actual} से अलग है</translation>
    </message>
    <message>
        <source>ran out of memory importing {count} file(s) of {size:,} bytes in all; split the file into smaller ones, or import fewer files at once</source>
        <translation>कुल {size:,} बाइट की {count} फ़ाइल(ें) आयात करते समय मेमोरी ख़त्म हो गई; फ़ाइल को छोटी फ़ाइलों में बाँटें, या एक बार में कम फ़ाइलें आयात करें</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (और {count} समस्याएँ)</translation>
    </message>
    <message>
        <source>the id {id} already names a different document in the project</source>
        <translation>आईडी {id} प्रोजेक्ट में पहले से किसी दूसरे दस्तावेज़ की है</translation>
    </message>
    <message>
        <source>name at least one file to merge</source>
        <translation>मिलाने के लिए कम से कम एक फ़ाइल बताएँ</translation>
    </message>
    <message>
        <source>merge at most {most} files at a time (SQLite&apos;s limit); run the merge again for the rest</source>
        <translation>एक बार में अधिकतम {most} फ़ाइलें मिलाएँ (SQLite की सीमा); बाक़ी के लिए फिर से मिलाएँ</translation>
    </message>
    <message>
        <source>{path}: that is the project itself</source>
        <translation>{path}: यह तो यही प्रोजेक्ट है</translation>
    </message>
    <message>
        <source>{path}: its annotation scheme does not fit this project: {problem}</source>
        <translation>{path}: इसकी एनोटेशन स्कीम इस प्रोजेक्ट से मेल नहीं खाती: {problem}</translation>
    </message>
    <message>
        <source>{problem} (and {count} more bad rows); nothing was merged (merge with --skip-bad to leave bad rows out)</source>
        <translation>{problem} (और {count} ख़राब पंक्तियाँ); कुछ नहीं मिलाया गया (ख़राब पंक्तियाँ छोड़ने के लिए --skip-bad के साथ मिलाएँ)</translation>
    </message>
    <message>
        <source>{problem}; nothing was merged (merge with --skip-bad to leave bad rows out)</source>
        <translation>{problem}; कुछ नहीं मिलाया गया (ख़राब पंक्तियाँ छोड़ने के लिए --skip-bad के साथ मिलाएँ)</translation>
    </message>
    <message>
        <source>{path}: the merge would break the project&apos;s rules ({reason}); nothing was changed</source>
        <translation>{path}: मिलाने से प्रोजेक्ट के नियम टूट जाते ({reason}); कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <source>{count} rows of {file} are stamped up to {date}, ahead of this computer&apos;s clock; that laptop&apos;s clock is wrong</source>
        <translation>{file} की {count} पंक्तियों पर {date} तक का समय दर्ज है, जो इस कंप्यूटर की घड़ी से आगे है; उस लैपटॉप की घड़ी ग़लत है</translation>
    </message>
    <message>
        <source>{path}: document {theirs} has another id there than {ours} has here; the files cannot be merged</source>
        <translation>{path}: दस्तावेज़ {theirs} की वहाँ की आईडी यहाँ के {ours} से अलग है; ये फ़ाइलें मिलाई नहीं जा सकतीं</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} और {count} अन्य</translation>
    </message>
    <message>
        <source>{path}: {count} of the package&apos;s documents are not in this project ({names}); import them first, or merge with --skip-missing to leave their annotations out</source>
        <translation>{path}: पैकेज के {count} दस्तावेज़ इस प्रोजेक्ट में नहीं हैं ({names}); पहले उन्हें आयात करें, या उनके एनोटेशन छोड़ने के लिए --skip-missing के साथ मिलाएँ</translation>
    </message>
    <message>
        <source>{path}: the document id {id} names different texts in the two files; rename one before merging</source>
        <translation>{path}: दस्तावेज़ आईडी {id} दोनों फ़ाइलों में अलग-अलग पाठों की है; मिलाने से पहले एक का नाम बदलें</translation>
    </message>
    <message>
        <source>{path}: its documents clash with this project&apos;s ({reason})</source>
        <translation>{path}: इसके दस्तावेज़ इस प्रोजेक्ट के दस्तावेज़ों से टकराते हैं ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>{path}: neither a project file nor a package</source>
        <translation>{path}: न प्रोजेक्ट फ़ाइल है, न पैकेज</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}: इसे पढ़ा नहीं जा सकता ({reason})</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of the annotator (file format {version}, this one reads up to {newest}); update the app</source>
        <translation>{path}: एनोटेटर के नए संस्करण ने लिखी है (फ़ाइल प्रारूप {version}, यह संस्करण {newest} तक पढ़ता है); ऐप अपडेट करें</translation>
    </message>
    <message>
        <source>{path}: a package of another version of the annotator; make it again with this version</source>
        <translation>{path}: एनोटेटर के दूसरे संस्करण का पैकेज है; इसे इस संस्करण से फिर से बनाएँ</translation>
    </message>
    <message>
        <source>{path}: neither a project file nor a package (an SQLite database of another program)</source>
        <translation>{path}: न प्रोजेक्ट फ़ाइल है, न पैकेज (किसी दूसरे प्रोग्राम का SQLite डेटाबेस)</translation>
    </message>
    <message>
        <source>{path}: the file holds no annotation scheme</source>
        <translation>{path}: फ़ाइल में कोई एनोटेशन स्कीम नहीं है</translation>
    </message>
    <message>
        <source>a note must be a string</source>
        <translation>टिप्पणी एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>a note needs some text (delete the note instead)</source>
        <translation>टिप्पणी में कुछ पाठ चाहिए (या टिप्पणी हटा दें)</translation>
    </message>
    <message>
        <source>a note is at most {most} characters (this one has {count})</source>
        <translation>टिप्पणी अधिकतम {most} अक्षरों की होती है (इसमें {count} हैं)</translation>
    </message>
    <message>
        <source>a note is one line, without line breaks, tabs or control characters</source>
        <translation>टिप्पणी एक ही पंक्ति की होती है, बिना पंक्ति-विराम, टैब या नियंत्रण अक्षरों के</translation>
    </message>
    <message>
        <source>the note {problem}</source>
        <translation>टिप्पणी में {problem}</translation>
    </message>
    <message>
        <source>a note on a span belongs to that span&apos;s layer; this span is in another annotator&apos;s layer</source>
        <translation>स्पैन पर टिप्पणी उसी स्पैन की परत की होती है; यह स्पैन किसी दूसरे एनोटेटर की परत में है</translation>
    </message>
    <message>
        <source>a note on a relation belongs to that relation&apos;s layer; this relation is in another annotator&apos;s layer</source>
        <translation>संबंध पर टिप्पणी उसी संबंध की परत की होती है; यह संबंध किसी दूसरे एनोटेटर की परत में है</translation>
    </message>
    <message>
        <source>a note is on a span, a relation or a document, not a {kind}</source>
        <translation>टिप्पणी स्पैन, संबंध या दस्तावेज़ पर होती है, {kind} पर नहीं</translation>
    </message>
    <message>
        <source>no annotator {name} in the project (annotators: {names})</source>
        <translation>प्रोजेक्ट में कोई एनोटेटर {name} नहीं है (एनोटेटर: {names})</translation>
    </message>
    <message>
        <source>{path}: a project file, not a package</source>
        <translation>{path}: यह प्रोजेक्ट फ़ाइल है, पैकेज नहीं</translation>
    </message>
    <message>
        <source>{path}: no space left on device; your last action was not saved</source>
        <translation>{path}: डिस्क पर जगह नहीं बची; आपका पिछला काम सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>{path}: read-only: changes cannot be saved</source>
        <translation>{path}: केवल पढ़ने के लिए: बदलाव सहेजे नहीं जा सकते</translation>
    </message>
    <message>
        <source>{path}: another program kept the project file locked for over 10 seconds; your last action was not saved, try again</source>
        <translation>{path}: किसी दूसरे प्रोग्राम ने प्रोजेक्ट फ़ाइल 10 सेकंड से ज़्यादा लॉक रखी; आपका पिछला काम सहेजा नहीं गया, फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>{path}: the disk failed while saving ({reason}); your last action was not saved</source>
        <translation>{path}: सहेजते समय डिस्क विफल हुई ({reason}); आपका पिछला काम सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>{path}: the project file could not be changed ({reason}); your last action was not saved</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल बदली नहीं जा सकी ({reason}); आपका पिछला काम सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>{path}: already exists; refusing to overwrite it</source>
        <translation>{path}: पहले से है; इसके ऊपर नहीं लिखा जाएगा</translation>
    </message>
    <message>
        <source>{name}: no such scheme (give a bundled name like &apos;hindi-news&apos; or a .toml file)</source>
        <translation>{name}: ऐसी कोई स्कीम नहीं (&apos;hindi-news&apos; जैसा साथ आया नाम या एक .toml फ़ाइल दें)</translation>
    </message>
    <message>
        <source>{path}: that is the project itself; choose another file name</source>
        <translation>{path}: यह तो यही प्रोजेक्ट है; फ़ाइल का कोई दूसरा नाम चुनें</translation>
    </message>
    <message>
        <source>{path}: already exists; use --force to replace it</source>
        <translation>{path}: पहले से है; इसे बदलने के लिए --force का उपयोग करें</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: फ़ोल्डर {folder} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>{path}: cannot write the copy ({reason})</source>
        <translation>{path}: प्रति लिखी नहीं जा सकी ({reason})</translation>
    </message>
    <message>
        <source>{path}: the copy failed SQLite&apos;s integrity check ({reason}); the project file may be damaged</source>
        <translation>{path}: प्रति SQLite की अखंडता जाँच में विफल रही ({reason}); प्रोजेक्ट फ़ाइल ख़राब हो सकती है</translation>
    </message>
    <message>
        <source>{path}: cannot create the project file: {reason}</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल बनाई नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <source>{path}: not a project file, or a damaged one ({reason})</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल नहीं है, या ख़राब है ({reason})</translation>
    </message>
    <message>
        <source>{path}: the project has no annotation scheme; it was not made by &apos;annotator init&apos;</source>
        <translation>{path}: प्रोजेक्ट में कोई एनोटेशन स्कीम नहीं है; यह &apos;annotator init&apos; से नहीं बना</translation>
    </message>
    <message>
        <source>the new scheme lacks labels that annotations use: {labels}</source>
        <translation>नई स्कीम में वे लेबल नहीं हैं जो एनोटेशन में इस्तेमाल हुए हैं: {labels}</translation>
    </message>
    <message>
        <source>the new scheme drops attribute values that spans use: {values}</source>
        <translation>नई स्कीम में गुणों के वे मान नहीं हैं जो स्पैन में इस्तेमाल हुए हैं: {values}</translation>
    </message>
    <message>
        <source>no document {uuid}</source>
        <translation>कोई दस्तावेज़ {uuid} नहीं</translation>
    </message>
    <message>
        <source>must be ASCII letters, digits, _ or - (as brat&apos;s type names)</source>
        <translation>में केवल ASCII अक्षर, अंक, _ या - हो सकते हैं (brat के प्रकार-नामों की तरह)</translation>
    </message>
    <message>
        <source>writes a note</source>
        <translation>टिप्पणी लिखती है</translation>
    </message>
    <message>
        <source>marks unsure</source>
        <translation>अनिश्चित चिह्नित करती है</translation>
    </message>
    <message>
        <source>attribute {name} is true or false, not {value}</source>
        <translation>गुण {name} सही या ग़लत होता है, {value} नहीं</translation>
    </message>
    <message>
        <source>attribute {name} takes a string, not {value}</source>
        <translation>गुण {name} एक स्ट्रिंग लेता है, {value} नहीं</translation>
    </message>
    <message>
        <source>attribute {name} is one of {values}, not {value}</source>
        <translation>गुण {name} इनमें से एक होता है: {values}; {value} नहीं</translation>
    </message>
    <message>
        <source>cannot read the scheme: {reason}</source>
        <translation>स्कीम पढ़ी नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <source>the scheme is not valid UTF-8</source>
        <translation>स्कीम मान्य UTF-8 नहीं है</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>मान्य TOML नहीं: {reason}</translation>
    </message>
    <message>
        <source>the scheme</source>
        <translation>स्कीम</translation>
    </message>
    <message>
        <source>missing field &apos;{key}&apos; at the top of the scheme</source>
        <translation>स्कीम के शीर्ष पर फ़ील्ड &apos;{key}&apos; नहीं है</translation>
    </message>
    <message>
        <source>the scheme defines no [[entity]] labels</source>
        <translation>स्कीम कोई [[entity]] लेबल परिभाषित नहीं करती</translation>
    </message>
    <message>
        <source>{where}: missing field &apos;{key}&apos;</source>
        <translation>{where}: फ़ील्ड &apos;{key}&apos; नहीं है</translation>
    </message>
    <message>
        <source>{where}: field &apos;name&apos; {name} {rule}</source>
        <translation>{where}: फ़ील्ड &apos;name&apos; {name} {rule}</translation>
    </message>
    <message>
        <source>{where}: field &apos;name&apos; repeats the label {name}</source>
        <translation>{where}: फ़ील्ड &apos;name&apos; लेबल {name} को दोहराता है</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;color&apos; {color} must look like #4FC3F7</source>
        <translation>{where} ({name}): फ़ील्ड &apos;color&apos; {color} #4FC3F7 जैसा होना चाहिए</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;key&apos; {key} must be one printable character</source>
        <translation>{where} ({name}): फ़ील्ड &apos;key&apos; {key} एक छापने योग्य अक्षर होना चाहिए</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;key&apos; {key} is the window&apos;s own key (it {use})</source>
        <translation>{where} ({name}): फ़ील्ड &apos;key&apos; {key} विंडो की अपनी कुंजी है (यह {use})</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;key&apos; {key} is already the key of {other}</source>
        <translation>{where} ({name}): फ़ील्ड &apos;key&apos; {key} पहले से {other} की कुंजी है</translation>
    </message>
    <message>
        <source>{where}: field &apos;name&apos; repeats the relation type {name}</source>
        <translation>{where}: फ़ील्ड &apos;name&apos; संबंध प्रकार {name} को दोहराता है</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;{side}&apos; must be a non-empty list of entity labels</source>
        <translation>{where} ({name}): फ़ील्ड &apos;{side}&apos; इकाई लेबलों की ग़ैर-ख़ाली सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;{side}&apos; names unknown entity label {label}{hint}</source>
        <translation>{where} ({name}): फ़ील्ड &apos;{side}&apos; में अज्ञात इकाई लेबल {label} है{hint}</translation>
    </message>
    <message>
        <source>{where}: must be a table</source>
        <translation>{where}: एक टेबल होना चाहिए</translation>
    </message>
    <message>
        <source>{where}: field &apos;name&apos; repeats the attribute {name}</source>
        <translation>{where}: फ़ील्ड &apos;name&apos; गुण {name} को दोहराता है</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;kind&apos; {kind} must be choice, boolean or text{hint}</source>
        <translation>{where} ({name}): फ़ील्ड &apos;kind&apos; {kind} choice, boolean या text होना चाहिए{hint}</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;values&apos; must be a non-empty list of values (strings without outer spaces)</source>
        <translation>{where} ({name}): फ़ील्ड &apos;values&apos; मानों की ग़ैर-ख़ाली सूची होनी चाहिए (सिरों पर रिक्त स्थान के बिना स्ट्रिंग)</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;values&apos; repeats a value</source>
        <translation>{where} ({name}): फ़ील्ड &apos;values&apos; में कोई मान दोहराया गया है</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;values&apos; is only for kind = &quot;choice&quot;</source>
        <translation>{where} ({name}): फ़ील्ड &apos;values&apos; केवल kind = &quot;choice&quot; के लिए है</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;labels&apos; must be a non-empty list of entity labels (leave it out for every label)</source>
        <translation>{where} ({name}): फ़ील्ड &apos;labels&apos; इकाई लेबलों की ग़ैर-ख़ाली सूची होनी चाहिए (हर लेबल के लिए इसे छोड़ दें)</translation>
    </message>
    <message>
        <source>{where} ({name}): field &apos;labels&apos; names unknown entity label {label}{hint}</source>
        <translation>{where} ({name}): फ़ील्ड &apos;labels&apos; में अज्ञात इकाई लेबल {label} है{hint}</translation>
    </message>
    <message>
        <source>{where}: unknown field &apos;{key}&apos;{hint}</source>
        <translation>{where}: अज्ञात फ़ील्ड &apos;{key}&apos;{hint}</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be {expected}, not {kind}</source>
        <translation>{where}: फ़ील्ड &apos;{key}&apos; {expected} होना चाहिए, {kind} नहीं</translation>
    </message>
    <message>
        <source> (did you mean &apos;{word}&apos;?)</source>
        <translation> (क्या आपका मतलब &apos;{word}&apos; था?)</translation>
    </message>
    <message>
        <source>it uses the scheme {theirs}, this project {ours}</source>
        <translation>इसमें स्कीम {theirs} है, इस प्रोजेक्ट में {ours}</translation>
    </message>
    <message>
        <source>relation type {name} is {theirs} there but {ours} here</source>
        <translation>संबंध प्रकार {name} वहाँ {theirs} है पर यहाँ {ours}</translation>
    </message>
    <message>
        <source>attribute {name} is defined differently there (kind, values or labels)</source>
        <translation>गुण {name} वहाँ अलग तरह से परिभाषित है (प्रकार, मान या लेबल)</translation>
    </message>
    <message>
        <source>{path}: its &apos;-shm&apos; file is here but its &apos;-wal&apos; file is missing; edits that were only in the &apos;-wal&apos; are not in this file (copy the project with &apos;annotator pack&apos; or File ▸ Send my work…, never the .db alone)</source>
        <translation>{path}: इसकी &apos;-shm&apos; फ़ाइल यहाँ है पर &apos;-wal&apos; फ़ाइल नहीं है; जो बदलाव केवल &apos;-wal&apos; में थे वे इस फ़ाइल में नहीं हैं (प्रोजेक्ट को &apos;annotator pack&apos; या फ़ाइल ▸ मेरा काम भेजें… से कॉपी करें, कभी अकेली .db नहीं)</translation>
    </message>
    <message>
        <source>{path}: its &apos;-wal&apos; file cannot be read; the latest edits may be missing</source>
        <translation>{path}: इसकी &apos;-wal&apos; फ़ाइल पढ़ी नहीं जा सकती; हाल के बदलाव शायद न हों</translation>
    </message>
    <message>
        <source>{path}: a folder, not a project file</source>
        <translation>{path}: यह फ़ोल्डर है, प्रोजेक्ट फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>{path}: cannot open the project file: {reason}</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल खोली नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a project file; use &apos;annotator init&apos; on a new name</source>
        <translation>{path}: ख़ाली फ़ाइल है, प्रोजेक्ट फ़ाइल नहीं; किसी नए नाम पर &apos;annotator init&apos; चलाएँ</translation>
    </message>
    <message>
        <source>{path}: not a project file (it is not an SQLite database)</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल नहीं है (यह SQLite डेटाबेस नहीं है)</translation>
    </message>
    <message>
        <source>{path}: not a project file (it is cut short: {size} bytes)</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल नहीं है (यह अधूरी है: {size} बाइट)</translation>
    </message>
    <message>
        <source>{path}: a damaged project file (cut short: {size:,} of {full:,} bytes); use a copy sent earlier</source>
        <translation>{path}: ख़राब प्रोजेक्ट फ़ाइल (अधूरी: {full:,} में से {size:,} बाइट); पहले भेजी गई कोई प्रति इस्तेमाल करें</translation>
    </message>
    <message>
        <source>{path}: no such project file</source>
        <translation>{path}: ऐसी कोई प्रोजेक्ट फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>{path}: not a project file (an empty database); use &apos;annotator init&apos;</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल नहीं है (ख़ाली डेटाबेस); &apos;annotator init&apos; चलाएँ</translation>
    </message>
    <message>
        <source>{path}: not a project file (an SQLite database of another program)</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल नहीं है (किसी दूसरे प्रोग्राम का SQLite डेटाबेस)</translation>
    </message>
    <message>
        <source>{path}: read-only, and of an older file format (version {version}) that must be upgraded; copy it somewhere writable first</source>
        <translation>{path}: केवल पढ़ने के लिए है, और पुराने फ़ाइल प्रारूप (संस्करण {version}) की है जिसे अपग्रेड करना ज़रूरी है; पहले इसे किसी लिखने योग्य जगह पर कॉपी करें</translation>
    </message>
    <message>
        <source>{path}: cannot open the project file ({reason})</source>
        <translation>{path}: प्रोजेक्ट फ़ाइल खोली नहीं जा सकी ({reason})</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x{byte:02x} at offset {offset})</source>
        <translation>मान्य UTF-8 नहीं (ऑफ़सेट {offset} पर बाइट 0x{byte:02x})</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>पढ़ी नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल ख़ाली है</translation>
    </message>
    <message>
        <source>JSON nested too deeply to read (arrays or objects inside each other more than a few hundred levels)</source>
        <translation>JSON पढ़ने के लिए बहुत गहरा नेस्टेड है (ऐरे या ऑब्जेक्ट एक-दूसरे के भीतर कुछ सौ स्तरों से ज़्यादा)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at column {column})</source>
        <translation>मान्य JSON नहीं (स्तंभ {column} पर {reason})</translation>
    </message>
    <message>
        <source>a line must hold a JSON object</source>
        <translation>हर पंक्ति में एक JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>the record has no &apos;text&apos; string</source>
        <translation>रिकॉर्ड में &apos;text&apos; स्ट्रिंग नहीं है</translation>
    </message>
    <message>
        <source>the record&apos;s text is empty</source>
        <translation>रिकॉर्ड का पाठ ख़ाली है</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a non-empty string</source>
        <translation>&apos;id&apos; एक ग़ैर-ख़ाली स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;meta&apos; must be an object</source>
        <translation>&apos;meta&apos; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>holds a NUL character (U+0000) at offset {offset}</source>
        <translation>ऑफ़सेट {offset} पर एक NUL अक्षर (U+0000) है</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+{code:04X}, not a character) at offset {offset}</source>
        <translation>ऑफ़सेट {offset} पर एक अकेला सरोगेट (U+{code:04X}, कोई अक्षर नहीं) है</translation>
    </message>
    <message>
        <source>offsets must be integers</source>
        <translation>ऑफ़सेट पूर्णांक होने चाहिए</translation>
    </message>
    <message>
        <source>offsets {start}-{end} run outside the text (length {length})</source>
        <translation>ऑफ़सेट {start}-{end} पाठ से बाहर जाते हैं (लंबाई {length})</translation>
    </message>
    <message>
        <source>empty or reversed span {start}-{end}</source>
        <translation>ख़ाली या उलटा स्पैन {start}-{end}</translation>
    </message>
    <message>
        <source>offset {offset} splits the grapheme cluster {cluster}</source>
        <translation>ऑफ़सेट {offset} अक्षर-समूह {cluster} को बीच से तोड़ता है</translation>
    </message>
    <message>
        <source>{where}: {count} I- tag(s) without a B- read as beginning an entity</source>
        <translation>{where}: बिना B- के {count} I- टैग इकाई की शुरुआत माने गए</translation>
    </message>
    <message>
        <source>expected &apos;token&lt;TAB&gt;tag&apos; (or columns split by spaces, the tag last)</source>
        <translation>&apos;token&lt;TAB&gt;tag&apos; अपेक्षित था (या रिक्त स्थान से बँटे स्तंभ, टैग सबसे आख़िर में)</translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>टोकन ख़ाली है</translation>
    </message>
    <message>
        <source>the tag {tag} is not O, B-LABEL or I-LABEL</source>
        <translation>टैग {tag} O, B-LABEL या I-LABEL नहीं है</translation>
    </message>
    <message>
        <source>{annotator} is not among the compared annotators</source>
        <translation>{annotator} तुलना किए जा रहे एनोटेटरों में नहीं है</translation>
    </message>
    <message>
        <source>draw gold relations between gold spans</source>
        <translation>गोल्ड संबंध गोल्ड स्पैन के बीच ही बनाएँ</translation>
    </message>
    <message>
        <source>unknown entity label {label}</source>
        <translation>अज्ञात इकाई लेबल {label}</translation>
    </message>
    <message>
        <source>agreement needs at least two annotators</source>
        <translation>सहमति के लिए कम से कम दो एनोटेटर चाहिए</translation>
    </message>
    <message>
        <source>{path}: agreement needs at least two annotators with work (found {names})</source>
        <translation>{path}: सहमति के लिए काम वाले कम से कम दो एनोटेटर चाहिए (मिले: {names})</translation>
    </message>
    <message>
        <source>name at least one annotator</source>
        <translation>कम से कम एक एनोटेटर बताएँ</translation>
    </message>
    <message>
        <source>the overlap is a fraction from 0 to 1, not {overlap}</source>
        <translation>ओवरलैप 0 से 1 के बीच का भिन्न होता है, {overlap} नहीं</translation>
    </message>
    <message>
        <source>double annotation needs {copies} annotators per document; {count} named</source>
        <translation>दोहरे एनोटेशन के लिए प्रति दस्तावेज़ {copies} एनोटेटर चाहिए; {count} बताए गए</translation>
    </message>
    <message>
        <source>the gold layer is the curator&apos;s; it takes no assignments</source>
        <translation>गोल्ड परत संपादक की है; उसे दस्तावेज़ नहीं सौंपे जाते</translation>
    </message>
    <message>
        <source>no disagreement {key} in this document</source>
        <translation>इस दस्तावेज़ में कोई असहमति {key} नहीं</translation>
    </message>
    <message>
        <source>no annotator {name}</source>
        <translation>कोई एनोटेटर {name} नहीं</translation>
    </message>
    <message>
        <source>compare annotators&apos; layers; the gold layer is where decisions go</source>
        <translation>एनोटेटरों की परतों की तुलना करें; गोल्ड परत में निर्णय जाते हैं</translation>
    </message>
    <message>
        <source>no {file} beside it</source>
        <translation>इसके पास कोई {file} नहीं</translation>
    </message>
    <message>
        <source>expected an id, a tab and the annotation</source>
        <translation>एक आईडी, एक टैब और एनोटेशन अपेक्षित था</translation>
    </message>
    <message>
        <source>{ident}: the id is used twice</source>
        <translation>{ident}: आईडी दो बार इस्तेमाल हुई है</translation>
    </message>
    <message>
        <source>{ident}: expected &apos;{name} T1&apos; (a binary attribute)</source>
        <translation>{ident}: &apos;{name} T1&apos; अपेक्षित था (एक द्विआधारी गुण)</translation>
    </message>
    <message>
        <source>{ident}: expected &apos;NAME T1&apos; or &apos;NAME T1 VALUE&apos; (an attribute)</source>
        <translation>{ident}: &apos;NAME T1&apos; या &apos;NAME T1 VALUE&apos; अपेक्षित था (एक गुण)</translation>
    </message>
    <message>
        <source>{ident}: expected &apos;TYPE Arg1:T1 Arg2:T2&apos;</source>
        <translation>{ident}: &apos;TYPE Arg1:T1 Arg2:T2&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>{ident}: not a brat annotation (the id must begin with T, R, E, A, M, N, * or #)</source>
        <translation>{ident}: brat एनोटेशन नहीं (आईडी T, R, E, A, M, N, * या # से शुरू होनी चाहिए)</translation>
    </message>
    <message>
        <source>{ident}: expected &apos;LABEL START END&apos; (fragments joined by &apos;;&apos;)</source>
        <translation>{ident}: &apos;LABEL START END&apos; अपेक्षित था (टुकड़े &apos;;&apos; से जुड़े)</translation>
    </message>
    <message>
        <source>{ident}: offsets {start}-{end} run outside the text (length {length})</source>
        <translation>{ident}: ऑफ़सेट {start}-{end} पाठ से बाहर जाते हैं (लंबाई {length})</translation>
    </message>
    <message>
        <source>{ident}: its text {surface} differs from the document&apos;s text {claimed}</source>
        <translation>{ident}: इसका पाठ {surface} दस्तावेज़ के पाठ {claimed} से अलग है</translation>
    </message>
    <message>
        <source>{ident}: no text-bound annotation {target}</source>
        <translation>{ident}: कोई पाठ-आधारित एनोटेशन {target} नहीं</translation>
    </message>
    <message>
        <source>{ident}: no text-bound annotation or relation {target}</source>
        <translation>{ident}: कोई पाठ-आधारित एनोटेशन या संबंध {target} नहीं</translation>
    </message>
    <message>
        <source>not a features file: no &apos;label_names&apos; list</source>
        <translation>features फ़ाइल नहीं: कोई &apos;label_names&apos; सूची नहीं</translation>
    </message>
    <message>
        <source>&apos;label_names&apos; must be a list of strings</source>
        <translation>&apos;label_names&apos; स्ट्रिंग की सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;tokens&apos; must be a non-empty list of non-empty strings</source>
        <translation>&apos;tokens&apos; ग़ैर-ख़ाली स्ट्रिंग की ग़ैर-ख़ाली सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;ner_tags&apos; must be a list as long as &apos;tokens&apos;</source>
        <translation>&apos;ner_tags&apos; &apos;tokens&apos; जितनी लंबी सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>integer &apos;ner_tags&apos; need the label names: no {file} beside the file</source>
        <translation>पूर्णांक &apos;ner_tags&apos; के लिए लेबल नाम चाहिए: फ़ाइल के पास कोई {file} नहीं</translation>
    </message>
    <message>
        <source>a tag id is outside the {count} label names</source>
        <translation>एक टैग आईडी {count} लेबल नामों से बाहर है</translation>
    </message>
    <message>
        <source>&apos;ner_tags&apos; must be all integers or all strings</source>
        <translation>&apos;ner_tags&apos; या तो सभी पूर्णांक हों या सभी स्ट्रिंग</translation>
    </message>
    <message>
        <source>text after the end of the array</source>
        <translation>ऐरे के अंत के बाद पाठ</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between the tasks of the array</source>
        <translation>ऐरे के कार्यों के बीच &apos;,&apos; या &apos;]&apos; अपेक्षित था</translation>
    </message>
    <message>
        <source>the array is not closed with &apos;]&apos;</source>
        <translation>ऐरे &apos;]&apos; से बंद नहीं है</translation>
    </message>
    <message>
        <source>not a Label Studio task (no &apos;data&apos; object); export from Label Studio as JSON, not JSON-MIN or CSV</source>
        <translation>Label Studio कार्य नहीं (कोई &apos;data&apos; ऑब्जेक्ट नहीं); Label Studio से JSON के रूप में निर्यात करें, JSON-MIN या CSV नहीं</translation>
    </message>
    <message>
        <source>the task&apos;s &apos;data&apos; has no &apos;text&apos; string (and not exactly one string to take as the text)</source>
        <translation>कार्य के &apos;data&apos; में &apos;text&apos; स्ट्रिंग नहीं है (और पाठ मानने लायक ठीक एक स्ट्रिंग भी नहीं)</translation>
    </message>
    <message>
        <source>the task&apos;s text is empty</source>
        <translation>कार्य का पाठ ख़ाली है</translation>
    </message>
    <message>
        <source>{where}: not an object</source>
        <translation>{where}: ऑब्जेक्ट नहीं</translation>
    </message>
    <message>
        <source>&apos;tokens&apos; must be a list</source>
        <translation>&apos;tokens&apos; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>&apos;spans&apos; must be a list</source>
        <translation>&apos;spans&apos; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>span #{number} is not an object</source>
        <translation>स्पैन #{number} ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>span #{number}: &apos;start&apos; and &apos;end&apos; must be integers</source>
        <translation>स्पैन #{number}: &apos;start&apos; और &apos;end&apos; पूर्णांक होने चाहिए</translation>
    </message>
    <message>
        <source>span #{number}: &apos;label&apos; must be a non-empty string</source>
        <translation>स्पैन #{number}: &apos;label&apos; एक ग़ैर-ख़ाली स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>span #{number}: tokens {first}-{last} do not cover characters {start}-{end}</source>
        <translation>स्पैन #{number}: टोकन {first}-{last} अक्षर {start}-{end} को नहीं ढकते</translation>
    </message>
    <message>
        <source>relation #{number} needs a &apos;label&apos;</source>
        <translation>संबंध #{number} को &apos;label&apos; चाहिए</translation>
    </message>
    <message>
        <source>relation #{number} ({label}): its {span_key} needs integer &apos;start&apos; and &apos;end&apos; and a string &apos;label&apos;</source>
        <translation>संबंध #{number} ({label}): इसके {span_key} को पूर्णांक &apos;start&apos; और &apos;end&apos; तथा स्ट्रिंग &apos;label&apos; चाहिए</translation>
    </message>
    <message>
        <source>relation #{number} ({label}): its {side} is not one of the record&apos;s spans; token-level relations cannot be imported</source>
        <translation>संबंध #{number} ({label}): इसका {side} रिकॉर्ड के स्पैन में से नहीं है; टोकन-स्तर के संबंध आयात नहीं हो सकते</translation>
    </message>
    <message>
        <source>writing or reading a .spacy DocBin needs spaCy installed (pip install spacy)</source>
        <translation>.spacy DocBin लिखने या पढ़ने के लिए spaCy इंस्टॉल होना चाहिए (pip install spacy)</translation>
    </message>
    <message>
        <source>expected [text, {{&quot;entities&quot;: [[start, end, label], ...]}}]</source>
        <translation>अपेक्षित था [text, {{&quot;entities&quot;: [[start, end, label], ...]}}]</translation>
    </message>
    <message>
        <source>&apos;entities&apos; must be a list and &apos;spans&apos; an object of lists</source>
        <translation>&apos;entities&apos; एक सूची और &apos;spans&apos; सूचियों का ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>span #{number} must be [start, end, &quot;LABEL&quot;]</source>
        <translation>स्पैन #{number} [start, end, &quot;LABEL&quot;] होना चाहिए</translation>
    </message>
    <message>
        <source>not a valid JSON array (it does not start with &apos;[&apos;)</source>
        <translation>मान्य JSON ऐरे नहीं (यह &apos;[&apos; से शुरू नहीं होता)</translation>
    </message>
    <message>
        <source>not a valid JSON array (the array is not closed)</source>
        <translation>मान्य JSON ऐरे नहीं (ऐरे बंद नहीं है)</translation>
    </message>
    <message>
        <source>not a spaCy DocBin ({kind})</source>
        <translation>spaCy DocBin नहीं ({kind})</translation>
    </message>
    <message>
        <source>document #{number} has no text</source>
        <translation>दस्तावेज़ #{number} में कोई पाठ नहीं</translation>
    </message>
    <message>
        <source>document #{number}: a relation in user_data does not name two spans of spans[&apos;sc&apos;]</source>
        <translation>दस्तावेज़ #{number}: user_data में एक संबंध spans[&apos;sc&apos;] के दो स्पैन नहीं बताता</translation>
    </message>
    <message>
        <source>Nothing to copy: the source and target layers are the same</source>
        <translation>कॉपी करने को कुछ नहीं: स्रोत और लक्ष्य परत एक ही हैं</translation>
    </message>
    <message>
        <source>Nothing to copy: your layer already has every span and relation of that layer</source>
        <translation>कॉपी करने को कुछ नहीं: आपकी परत में उस परत का हर स्पैन और संबंध पहले से है</translation>
    </message>
    <message>
        <source>no such suggestion {uuid}</source>
        <translation>ऐसा कोई सुझाव नहीं: {uuid}</translation>
    </message>
    <message>
        <source>that suggestion was rejected or withdrawn meanwhile</source>
        <translation>वह सुझाव इस बीच अस्वीकार या वापस लिया जा चुका है</translation>
    </message>
    <message>
        <source>the &apos;spacy&apos; tokenizer needs spaCy installed (pip install spacy)</source>
        <translation>&apos;spacy&apos; टोकनाइज़र के लिए spaCy इंस्टॉल होना चाहिए (pip install spacy)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हुई</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>Annotation projects (*.db *.sqlite);;All files (*)</source>
        <translation>एनोटेशन प्रोजेक्ट (*.db *.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Hindi news annotator {version}. Works offline; every change is saved at once.</source>
        <translation>हिन्दी समाचार एनोटेटर {version}। बिना इंटरनेट के चलता है; हर बदलाव तुरंत सहेजा जाता है।</translation>
    </message>
    <message>
        <source>English spellings of place names: data © GeoNames (geonames.org), licensed CC BY 4.0.</source>
        <translation>स्थानों के नामों की अंग्रेज़ी वर्तनी: डेटा © GeoNames (geonames.org), CC BY 4.0 लाइसेंस के अंतर्गत।</translation>
    </message>
    <message>
        <source>English spellings of countries and world cities: Unicode CLDR data © Unicode, Inc. (cldr.unicode.org), licensed under the Unicode License v3, taken from the babel package.</source>
        <translation>देशों और दुनिया के शहरों के नामों की अंग्रेज़ी वर्तनी: Unicode CLDR डेटा © Unicode, Inc. (cldr.unicode.org), Unicode License v3 के अंतर्गत, babel पैकेज से लिया गया।</translation>
    </message>
    <message>
        <source>Which romanised spellings people write: word frequencies from wordfreq by Robyn Speer (CC BY-SA 4.0; sources include SUBTLEX by Marc Brysbaert et al.).</source>
        <translation>लोग रोमन में कौन-सी वर्तनी लिखते हैं: शब्दों की आवृत्ति Robyn Speer के wordfreq से (CC BY-SA 4.0; स्रोतों में Marc Brysbaert et al. का SUBTLEX भी है)।</translation>
    </message>
    <message>
        <source>About</source>
        <translation>परिचय</translation>
    </message>
    <message>
        <source>Merge files into this project</source>
        <translation>इस प्रोजेक्ट में फ़ाइलें मिलाएँ</translation>
    </message>
    <message>
        <source>Projects and packages (*.db *.sqlite *.annpkg *.zip *.json *.jsonl);;All files (*)</source>
        <translation>प्रोजेक्ट और पैकेज (*.db *.sqlite *.annpkg *.zip *.json *.jsonl);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Replace it?</source>
        <translation>बदल दें?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with this export?</source>
        <translation>{path} पहले से है। क्या इसे इस निर्यात से बदल दें?</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>नया प्रोजेक्ट… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>प्रोजेक्ट खोलें… (&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>हाल के प्रोजेक्ट (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>फ़ाइलें आयात करें… (&amp;I)</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>फ़ोल्डर आयात करें… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Send my work…</source>
        <translation>मेरा काम भेजें… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge other laptops&apos; files…</source>
        <translation>दूसरे लैपटॉप की फ़ाइलें मिलाएँ… (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>पाठ कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete span or relation</source>
        <translation>स्पैन या संबंध हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>पाठ में ढूँढें… (&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>अगला ढूँढें (&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>पिछला ढूँढें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>सभी दस्तावेज़ों में खोजें… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>एनोटेशन (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note on the selection (or the document)…	;</source>
        <translation>चयन (या दस्तावेज़) पर टिप्पणी… (&amp;N)	;</translation>
    </message>
    <message>
        <source>Mark the selection (or the document) &amp;unsure	?</source>
        <translation>चयन (या दस्तावेज़) को अनिश्चित चिह्नित करें (&amp;U)	?</translation>
    </message>
    <message>
        <source>Span &amp;attributes (entity id, role…)…</source>
        <translation>स्पैन के गुण (इकाई आईडी, भूमिका…)… (&amp;A)</translation>
    </message>
    <message>
        <source>Start &amp;relation from the selected span	R</source>
        <translation>चुने गए स्पैन से संबंध शुरू करें (&amp;R)	R</translation>
    </message>
    <message>
        <source>Re&amp;verse the selected relation</source>
        <translation>चुने गए संबंध की दिशा उलटें (&amp;V)</translation>
    </message>
    <message>
        <source>Annotate all &amp;occurrences in this document</source>
        <translation>इस दस्तावेज़ में सभी आवृत्तियाँ एनोटेट करें (&amp;O)</translation>
    </message>
    <message>
        <source>Annotate all occurrences in the &amp;whole project</source>
        <translation>पूरे प्रोजेक्ट में सभी आवृत्तियाँ एनोटेट करें (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Train suggestions (in the background)</source>
        <translation>सुझावों का प्रशिक्षण (पृष्ठभूमि में) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>अगला दस्तावेज़ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>पिछला दस्तावेज़ (&amp;P)</translation>
    </message>
    <message>
        <source>Mark &amp;done and go to the next undone</source>
        <translation>पूरा चिह्नित करें और अगले अधूरे पर जाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Mark in &amp;progress</source>
        <translation>जारी चिह्नित करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter the list…</source>
        <translation>सूची फ़िल्टर करें… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>बड़ा करें (&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>छोटा करें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>सामान्य आकार (&amp;N)</translation>
    </message>
    <message>
        <source>Show relation &amp;arcs</source>
        <translation>संबंध चाप दिखाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Romanised (under the Devanagari)</source>
        <translation>रोमन लिपि में (देवनागरी के नीचे) (&amp;R)</translation>
    </message>
    <message>
        <source>Romanisation &amp;scheme</source>
        <translation>रोमनीकरण पद्धति (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Notes (every note and unsure flag, searchable)</source>
        <translation>टिप्पणियाँ (हर टिप्पणी और अनिश्चित चिह्न, खोजने योग्य) (&amp;N)</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>खोज पैनल</translation>
    </message>
    <message>
        <source>Suggestions panel</source>
        <translation>सुझाव पैनल</translation>
    </message>
    <message>
        <source>Suggested panel (the team&apos;s suggestions)</source>
        <translation>सुझाए गए पैनल (टीम के सुझाव)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>समीक्षा (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review document… (adjudicate into gold)</source>
        <translation>दस्तावेज़ की समीक्षा… (गोल्ड में निर्णय) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>सहमति… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Team progress…</source>
        <translation>टीम की प्रगति… (&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;ssign documents…</source>
        <translation>दस्तावेज़ सौंपें… (&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;nnotator</source>
        <translation>एनोटेटर (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Switch annotator…</source>
        <translation>एनोटेटर बदलें… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>परिचय (&amp;A)</translation>
    </message>
</context>
</TS>
