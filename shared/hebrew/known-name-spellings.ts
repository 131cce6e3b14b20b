// Well-known foreign names that the Hebrew press writes several ways, each way seen in print: a table,
// because the ways are often further apart than the alternation table joins (חפתר / הפטר, Haftar:
// ח/ה and ת/ט together; כירכוכ / קירקוק, Kirkuk) or because one is written once, where the name
// evidence has too little to go on. Gathered from stored Hebrew news pages (ynet, Maariv, Haaretz,
// Walla, Kan, Israel Hayom, Srugim and others): a spelling is listed only where a page printed it, and
// never when it is also an ordinary Hebrew word (האשם "the guilty" for Hashem, חליל "flute" for Khalil,
// חאן "inn" for Khan), nor when it reads as a prefix and a Hebrew word (בצרה, Basra, is also ב + צרה,
// "in trouble"; LESSONS.md 10). A name only with and without its Arabic article (בורהאן /
// אל־בורהאן), or with a maqaf or a space, is left to the checker's own rules. The names checked are the
// ones a Middle East desk meets every week; QA-CHECKS.md (sixteenth session) says how the list was made.
//
// One family a line, the spelling the press uses most first (kept on a tie). Comparison forms: geresh
// ׳, maqaf ־. A document that writes two ways of one family is told to keep to one (established.ts).

export const KNOWN_NAME_SPELLINGS: readonly (readonly string[])[] = [
  // Egypt, Sudan, Libya, the Maghreb
  ['מובארק', 'מובארכ'], // Hosni Mubarak
  ['נאצר', 'נאסר'], // Gamal Abdel Nasser
  ['אנואר', 'אנוואר'], // Anwar Sadat
  ['קדאפי', 'קד׳אפי'], // Muammar Gaddafi
  ['חפתר', 'הפטר'], // Khalifa Haftar
  ['בנגאזי', 'בנע׳אזי'], // Benghazi
  ['סודאן', 'סודן'], // Sudan
  ['חרטום', 'ח׳רטום'], // Khartoum
  ['דארפור', 'דרפור'], // Darfur
  ['אל־פאשר', 'אל־פאשיר', 'אל־פשיר'], // El Fasher
  ['פאשר', 'פאשיר', 'פשיר'],
  ['מרקש', 'מראכש'], // Marrakesh
  // Turkey
  ['טאיפ', 'טאייפ'], // Recep Tayyip Erdoğan (not טייפ, also the colloquial "tape player")
  ['רג׳פ', 'רג׳יפ'],
  ['אימאמאולו', 'אימאמולו', 'אימאמוגלו'], // Ekrem İmamoğlu
  ['פתהוללה', 'פטהוללה'], // Fethullah Gülen
  ['חאקאן', 'האקן'], // Hakan Fidan
  // Afghanistan and Pakistan
  ['אפגניסטן', 'אפגניסטאן'], // Afghanistan
  ['טליבאן', 'טאליבן', 'טאליבאן', 'טליבן'], // the Taliban
  ['איסלמבאד', 'אסלאמבאד'], // Islamabad
  ['פשאוור', 'פשוואר'], // Peshawar
  ['אימראן', 'אימרן'], // Imran Khan
  ['אוסאמה', 'אוסמה', 'אסאמה'], // Osama bin Laden
  ['אל־קאעידה', 'אל־קאעדה', 'אל־קעידה'], // al-Qaeda
  ['קאעידה', 'קאעדה', 'קעידה'],
  // Iran
  ['טהרן', 'טהראן'], // Tehran
  ['נתנז', 'נתאנז'], // Natanz
  ['אספהאן', 'איספהאן', 'איספאהן'], // Isfahan
  ['תבריז', 'טבריז'], // Tabriz
  ['חמינאי', 'ח׳מינאי', 'ח׳אמנאי', 'ח׳מנאי'], // Ali and Mojtaba Khamenei
  ['חומייני', 'ח׳ומייני'], // Ruhollah Khomeini
  ['לאריג׳אני', 'לאריג׳ני'], // Ali Larijani
  ['פזשכיאן', 'פזשקיאן'], // Masoud Pezeshkian
  ['ג׳וואד', 'ג׳ואד'], // Javad Zarif
  ['עראקצ׳י', 'אראקצ׳י'], // Abbas Araghchi
  ['בסיג׳', 'באסיג׳'], // the Basij
  ['קודס', 'קדס'], // the Quds Force
  // Iraq, the Gulf, Yemen
  ['כווית', 'כוויית'], // Kuwait (כוויית read as כ + הוויית is no Hebrew a news page writes)
  ['בגדאד', 'בגדד'], // Baghdad
  ['קירקוק', 'כירכוכ'], // Kirkuk
  ['ארביל', 'אירביל'], // Erbil
  ['סינג׳אר', 'סינג׳ר'], // Sinjar
  ['מוקתדא', 'מוקדתא'], // Muqtada al-Sadr
  ['סדאם', 'סאדם'], // Saddam Hussein
  ['כתאייב', 'כתאא׳ב'], // Kata'ib Hezbollah
  ['אל־ת׳אני', 'אל־ת׳אאני'], // Al Thani
  ['ת׳אני', 'ת׳אאני', 'תאני'],
  ['שארג׳ה', 'שרג׳ה'], // Sharjah
  ['חודיידה', 'חודידה'], // Hodeidah
  ['אנסאר', 'אנצאר'], // Ansar Allah
  // Lebanon, Syria, the Palestinians
  ['חיזבאללה', 'חזבאללה'], // Hezbollah
  ['נסראללה', 'נאסראללה'], // Hassan Nasrallah
  ['דאחייה', 'דאחיה', 'דחיא'], // Dahiyeh
  ['ג׳באליה', 'ג׳באלייה', 'ג׳באליא'], // Jabalia
  ['יונס', 'יוניס'], // Khan Yunis
  ['קלקיליה', 'קלקילייה'], // Qalqilya
  ['ג׳בריל', 'ג׳יבריל'], // Jibril Rajoub
  ['נח׳אלה', 'נחאלה'], // Ziad Nakhalah
  ['אל־אקצה', 'אל־אקצא'], // al-Aqsa (Martyrs' Brigades)
  ['אקצה', 'אקצא'],
];
