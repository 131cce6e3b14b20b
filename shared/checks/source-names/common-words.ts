// Capitalised English words that are translated, not transcribed: function words at the start of a
// sentence, titles, institutions, days, months and demonyms. A capitalised word outside this list is
// a candidate proper name. The list is about news English; names of organisations made of these words
// (Syrian Observatory for Human Rights) are translated into Hebrew, so they are not looked for.
const words = `
a about after again against all also although an and another any are as at away back be because
before being between both but by despite during each either even ever every few for from further
had has have he her here his how however if in instead into is it its just last later like many
meanwhile more most much neither never next no nor not now of on once one only or other our out
over per perhaps since so some still such than that the their them then there these they this
those though through thus to today tomorrow too under until up upon us very was we were what when
where whether which while who whom whose why will with within without yesterday yet you
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
president prime minister ministry foreign defence defense interior finance secretary general
commander chief head leader spokesman spokeswoman spokesperson official officials senior deputy
king queen prince crown sheikh emir sultan pope ayatollah imam colonel major captain lieutenant
sergeant brigadier marshal admiral mr mrs ms dr professor sir lord judge justice senator governor
mayor ambassador envoy
army forces force military navy air guard guards police intelligence security council committee
assembly parliament congress senate government cabinet administration authority authorities agency
office department bureau court tribunal commission organisation organization union league alliance
coalition front movement party group brigade brigades battalion division corps unit units militia
observatory human rights watch international national united nations states state republic
kingdom federation islamic arab democratic revolutionary popular liberation resistance people
peoples world food programme program fund bank news reuters associated press telegram twitter
facebook east west north south eastern western northern southern middle central upper lower new old
great greater city province governorate district region county river sea lake mountain mountains
street road highway bridge square airport port crossing border gulf camp refugee refugees index
red black dead white blue green health education energy trade economic economy development justice
monetary financial atomic criminal labour labor workers olympic premier cup club football
peace freedom salvation independence unity reform human humanitarian relief aid emergency crisis water environment
resolution operation plan agreement accord treaty summit conference talks deal report statement
tel
god allah christmas ramadan eid easter
syrian israeli iranian iraqi lebanese jordanian egyptian saudi turkish russian american british
french german chinese kurdish palestinian yemeni qatari emirati kuwaiti omani bahraini libyan
tunisian algerian moroccan sudanese afghan pakistani indian european western arab arabic alawite
sunni shia shiite druze christian muslim jewish hebrew english
`;

export const COMMON_CAPITALISED: ReadonlySet<string> = new Set(words.split(/\s+/u).filter(Boolean));
