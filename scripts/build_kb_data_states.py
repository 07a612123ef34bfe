"""Hand-written state data for scripts/build_kb.py (facts, written by the team).

QIDS: alpha-3 -> (Wikidata id of the state, Wikidata id of its capital or "" if not checked);
ids were checked against public country tables that carry Wikidata ids.
STATES: one line per state, fields separated by "|":
  alpha-3 | German adjective stems | German demonyms | English adjective(s) | English demonyms |
  capital English forms | capital German forms | extra German names | extra English names
Comma-separated lists; empty = none/derived. German demonyms: a single form ending in -er or -e
is expanded (feminine, plural); English demonyms default to adjective + "s".
HISTORICAL: states that no longer exist, same fields as STATES after the code, plus an id
and the years: alpha-3 (ISO 3166-3) | Wikidata id or empty | English name | years |
German adjectives | German demonyms | English adjectives | English demonyms | German names |
more English names. West Germany is today's Germany (the same state): its names are DEU's.
"""

QIDS = dict(line.split(":", 1) for line in """
USA:Q30:Q61 GAB:Q1000:Q3825 GMB:Q1005:Q3726 GIN:Q1006:Q3733 GNB:Q1007:Q3739 CIV:Q1008:Q3768
CMR:Q1009:Q3808 CPV:Q1011:Q3751 LSO:Q1013:Q3909 LBR:Q1014:Q3748 LBY:Q1016:Q3579 MDG:Q1019:Q3915
MWI:Q1020:Q3876 MRT:Q1025:Q3688 MUS:Q1027:Q3929 MAR:Q1028:Q3551 MOZ:Q1029:Q3889 NAM:Q1030:Q3935
NER:Q1032:Q3674 NGA:Q1033:Q3787 UGA:Q1036:Q3894 RWA:Q1037:Q3859 STP:Q1039:Q3932 SEN:Q1041:Q3718
SYC:Q1042:Q3940 SLE:Q1044:Q3780 SOM:Q1045:Q2449 SDN:Q1049:Q1963 SWZ:Q1050:Q101418 KEN:Q114:Q3870
ETH:Q115:Q3624 GHA:Q117:Q3761 FRA:Q142:Q90 GBR:Q145:Q84 CHN:Q148:Q956 BRA:Q155:Q2844 RUS:Q159:Q649
CAN:Q16:Q1930 JPN:Q17:Q1490 DEU:Q183:Q64 BLR:Q184:Q2280 ISL:Q189:Q1764 EST:Q191:Q1770 NOR:Q20:Q585
LVA:Q211:Q1773 UKR:Q212:Q1899 CZE:Q213:Q1085 SVK:Q214:Q1780 SVN:Q215:Q437 MDA:Q217:Q21197
ROU:Q218:Q19660 BGR:Q219:Q472 MKD:Q221:Q384 ALB:Q222:Q19689 HRV:Q224:Q1435 BIH:Q225:Q11194
AZE:Q227:Q9248 AND:Q228:Q1863 CYP:Q229:Q3856 GEO:Q230:Q994 KAZ:Q232:Q1520 MLT:Q233:Q23800
MCO:Q235: MNE:Q236:Q23564 VAT:Q237: SMR:Q238:Q1848 CUB:Q241:Q1563 BLZ:Q242:Q3043 BRB:Q244:Q36168
IDN:Q252:Q3630 ZAF:Q258: DZA:Q262:Q3561 UZB:Q265:Q269 IRL:Q27:Q1761 HUN:Q28:Q1781 ESP:Q29:Q2807
CHL:Q298:Q2887 NLD:Q55:Q727 BEL:Q31:Q239 LUX:Q32:Q1842 FIN:Q33:Q1757 SGP:Q334: SWE:Q34:Q1754
LIE:Q347:Q1844 DNK:Q35:Q1748 GRL:Q223: POL:Q36:Q270 LTU:Q37:Q216 ITA:Q38:Q220 CHE:Q39:Q70
BHR:Q398:Q3882 ARM:Q399:Q1953 AUT:Q40:Q1741 SRB:Q403:Q3711 AUS:Q408:Q3114 GRC:Q41:Q1524
ARG:Q414:Q1486 PER:Q419:Q2868 PRK:Q423:Q18808 KHM:Q424:Q1850 TUR:Q43:Q3640 PRT:Q45:Q597
TLS:Q574:Q9310 TCD:Q657:Q3659 NZL:Q664:Q23661 IND:Q668:Q987 TUV:Q672:Q34126 TON:Q678:Q38834
WSM:Q683:Q36260 SLB:Q685:Q40921 VUT:Q686:Q37806 PNG:Q691:Q36526 PLW:Q695:Q515229 NRU:Q697:
FSM:Q702:Q42751 MHL:Q709:Q12919 KIR:Q710:Q131233 MNG:Q711:Q23430 FJI:Q712:Q38807 VEN:Q717:Q1533
SUR:Q730:Q3001 PRY:Q733:Q2933 GUY:Q734:Q10717 ECU:Q736:Q2900 COL:Q739:Q2841 BOL:Q750:Q2907
TTO:Q754:Q39178 VCT:Q757:Q41474 LCA:Q760:Q41699 KNA:Q763:Q41295 JAM:Q766:Q34692 GRD:Q769:Q41547
URY:Q77:Q1335 GTM:Q774:Q1555 BHS:Q778:Q2467 ATG:Q781:Q36262 HND:Q783:Q3238 DMA:Q784:Q36281
DOM:Q786:Q34820 EGY:Q79:Q85 HTI:Q790:Q34261 SLV:Q792:Q3110 IRN:Q794:Q3616 IRQ:Q796:Q1530
CRI:Q800:Q3070 ISR:Q801:Q1218 PAN:Q804:Q3306 YEM:Q805: JOR:Q810:Q3805 NIC:Q811:Q3274
KGZ:Q813:Q9361 KWT:Q817:Q35178 LAO:Q819:Q9326 LBN:Q822:Q3820 MDV:Q826:Q9347 MYS:Q833:Q1865
MMR:Q836:Q37400 NPL:Q837:Q3037 OMN:Q842:Q3826 PAK:Q843:Q1362 QAT:Q846:Q3861 SAU:Q851:Q3692
LKA:Q854:Q41963 SYR:Q858:Q3766 TJK:Q863:Q9365 TWN:Q865:Q1867 THA:Q869:Q1861 TKM:Q874:Q23438
ARE:Q878:Q1519 VNM:Q881:Q1858 KOR:Q884:Q8684 AFG:Q889:Q5838 BGD:Q902:Q1354 MLI:Q912:Q3703
AGO:Q916:Q3897 BTN:Q917:Q9270 BRN:Q921:Q9279 TZA:Q924:Q3866 PHL:Q928:Q1461 CAF:Q929:Q3832
TGO:Q945:Q3792 TUN:Q948:Q3572 ZMB:Q953:Q3881 ZWE:Q954:Q3921 SSD:Q958:Q1947 MEX:Q96:Q1489
BEN:Q962:Q3799 BWA:Q963:Q3919 BFA:Q965:Q3777 BDI:Q967:Q167551 COM:Q970:Q3901 COG:Q971:Q3844
COD:Q974:Q3838 DJI:Q977:Q3604 GNQ:Q983:Q3818 ERI:Q986:Q3642 ALA:Q5689: ASM:Q16641: AIA:Q25228:
ABW:Q21203: ATA:Q51:
""".split())
QIDS = {k: tuple(v.split(":")) for k, v in QIDS.items()}

STATES = """
AFG|afghanisch|Afghane|Afghan|Afghans|Kabul|||
ALB|albanisch|Albaner|Albanian||Tirana|Tirana||
DZA|algerisch|Algerier|Algerian||Algiers|Algier||
AND|andorranisch|Andorraner|Andorran||Andorra la Vella|||
AGO|angolanisch|Angolaner|Angolan||Luanda|||
ATG|antiguanisch|Antiguaner|Antiguan||St. John's|||
ARG|argentinisch|Argentinier|Argentine,Argentinian|Argentines,Argentinians|Buenos Aires|||
ARM|armenisch|Armenier|Armenian||Yerevan|Eriwan,Jerewan||
AUS|australisch|Australier|Australian||Canberra|||
AUT|österreichisch|Österreicher|Austrian||Vienna|Wien||
AZE|aserbaidschanisch|Aserbaidschaner|Azerbaijani,Azeri|Azerbaijanis,Azeris|Baku|Baku||
BHS|bahamaisch|Bahamaer|Bahamian||Nassau|||Bahamas
BHR|bahrainisch|Bahrainer|Bahraini||Manama|||
BGD|bangladeschisch|Bangladescher|Bangladeshi||Dhaka|Dhaka,Dakka||
BRB|barbadisch|Barbadier|Barbadian||Bridgetown|||
BLR|belarussisch,weißrussisch|Belarusse,Weißrusse|Belarusian|Belarusians|Minsk||Weißrussland|Byelorussia
BEL|belgisch|Belgier|Belgian||Brussels|Brüssel||
BLZ|belizisch|Belizer|Belizean||Belmopan|||
BEN|beninisch|Beniner|Beninese|Beninese|Porto-Novo|||
BTN|bhutanisch|Bhutaner|Bhutanese|Bhutanese|Thimphu|||
BOL|bolivianisch|Bolivianer|Bolivian||Sucre|||
BIH|bosnisch|Bosnier|Bosnian||Sarajevo||Bosnien|Bosnia
BWA|botsuanisch|Botsuaner|Botswanan,Motswana|Batswana|Gaborone||Botswana|
BRA|brasilianisch|Brasilianer|Brazilian||Brasília|Brasilia||
BRN|bruneiisch|Bruneier|Bruneian||Bandar Seri Begawan||Brunei|
BGR|bulgarisch|Bulgare|Bulgarian||Sofia|Sofia||
BFA|burkinisch|Burkiner|Burkinabe|Burkinabe|Ouagadougou|||
BDI|burundisch|Burundier|Burundian||Gitega|||
CPV|kap-verdisch|Kap-Verdier|Cape Verdean||Praia||Kap Verde|Cabo Verde
KHM|kambodschanisch|Kambodschaner|Cambodian||Phnom Penh|Phnom Penh||
CMR|kamerunisch|Kameruner|Cameroonian||Yaoundé|Jaunde|Kameruns|
CAN|kanadisch|Kanadier|Canadian||Ottawa|||
CAF|zentralafrikanisch|Zentralafrikaner|Central African||Bangui||Zentralafrika,Zentralafrikanischen Republik|
TCD|tschadisch|Tschader|Chadian||N'Djamena|||
CHL|chilenisch|Chilene|Chilean||Santiago de Chile|Santiago||
CHN|chinesisch|Chinese|Chinese|Chinese|Beijing,Peking|Peking|Volksrepublik China,VR China,Chinas|PRC,Mainland China
COL|kolumbianisch|Kolumbianer|Colombian||Bogotá|Bogota||
COM|komorisch|Komorer|Comorian||Moroni|||
COG|kongolesisch|Kongolese|Congolese|Congolese|Brazzaville||Republik Kongo|Republic of the Congo,Congo-Brazzaville
COD|kongolesisch|Kongolese|Congolese|Congolese|Kinshasa||Demokratische Republik Kongo,DR Kongo,Kongo,Demokratischen Republik Kongo|DR Congo,DRC,Congo
CRI|costa-ricanisch|Costa-Ricaner|Costa Rican||San José|||
CIV|ivorisch|Ivorer|Ivorian||Yamoussoukro||Elfenbeinküste|Ivory Coast
HRV|kroatisch|Kroate|Croatian,Croat|Croatians,Croats|Zagreb|Zagreb||
CUB|kubanisch|Kubaner|Cuban||Havana|Havanna||
CYP|zyprisch|Zyprer|Cypriot||Nicosia|Nikosia||
CZE|tschechisch|Tscheche|Czech|Czechs|Prague|Prag|Tschechische Republik,Tschechischen Republik|Czech Republic
DNK|dänisch|Däne|Danish|Danes|Copenhagen|Kopenhagen||
DJI|dschibutisch|Dschibutier|Djiboutian||Djibouti|Dschibuti|Dschibuti|
DMA|dominicanisch|Dominicaner|Dominican||Roseau|||
DOM|dominikanisch|Dominikaner|Dominican||Santo Domingo||Dominikanische Republik,Dominikanischen Republik|
ECU|ecuadorianisch|Ecuadorianer|Ecuadorian||Quito|||
EGY|ägyptisch|Ägypter|Egyptian||Cairo|Kairo||
SLV|salvadorianisch|Salvadorianer|Salvadoran||San Salvador|||
GNQ|äquatorialguineisch|Äquatorialguineer|Equatoguinean||Malabo|||
ERI|eritreisch|Eritreer|Eritrean||Asmara|||
EST|estnisch|Este|Estonian||Tallinn|Tallinn||
SWZ|eswatinisch,swasiländisch|Swasi|Swazi|Swazis|Mbabane||Swasiland|Swaziland
ETH|äthiopisch|Äthiopier|Ethiopian||Addis Ababa|Addis Abeba||
FJI|fidschianisch|Fidschianer|Fijian||Suva||Fidschi,Fidschis|
FIN|finnisch|Finne|Finnish|Finns|Helsinki|||
FRA|französisch|Franzose,Franzosen,Französin|French|Frenchman,Frenchmen,Frenchwoman|Paris|||
GAB|gabunisch|Gabuner|Gabonese|Gabonese|Libreville||Gabun|
GMB|gambisch|Gambier|Gambian||Banjul|||The Gambia
GEO|georgisch|Georgier|Georgian||Tbilisi|Tiflis||
DEU|deutsch|Deutscher,Deutsche,Deutschen|German,West German|Germans,West Germans|Berlin||Bundesrepublik,BRD,Westdeutschland|Federal Republic of Germany,West Germany
GHA|ghanaisch|Ghanaer|Ghanaian||Accra|||
GRC|griechisch|Grieche|Greek|Greeks|Athens|Athen||
GRD|grenadisch|Grenader|Grenadian||St. George's|||
GTM|guatemaltekisch|Guatemalteke|Guatemalan||Guatemala City|Guatemala-Stadt||
GIN|guineisch|Guineer|Guinean||Conakry||Guineas|
GNB|guinea-bissauisch|Guinea-Bissauer|Bissau-Guinean||Bissau|||
GUY|guyanisch|Guyaner|Guyanese|Guyanese|Georgetown|||
HTI|haitianisch|Haitianer|Haitian||Port-au-Prince|||
HND|honduranisch|Honduraner|Honduran||Tegucigalpa|||
HUN|ungarisch|Ungar,Ungarin|Hungarian||Budapest|||
ISL|isländisch|Isländer|Icelandic|Icelanders|Reykjavík|Reykjavik||
IND|indisch|Inder|Indian||New Delhi|Neu-Delhi||
IDN|indonesisch|Indonesier|Indonesian||Jakarta|Jakarta||
IRN|iranisch|Iraner|Iranian||Tehran|Teheran|Islamische Republik Iran,Persien,Islamischen Republik Iran|Islamic Republic of Iran,Persia
IRQ|irakisch|Iraker|Iraqi||Baghdad|Bagdad|Irak|
IRL|irisch|Ire|Irish|Irish,Irishman,Irishmen|Dublin||Republik Irland|Republic of Ireland
ISR|israelisch|Israeli,Israelis,Israelin|Israeli||Jerusalem|||
ITA|italienisch|Italiener|Italian||Rome|Rom||
JAM|jamaikanisch|Jamaikaner|Jamaican||Kingston|||
JPN|japanisch|Japaner|Japanese|Japanese|Tokyo|Tokio||
JOR|jordanisch|Jordanier|Jordanian||Amman|||
KAZ|kasachisch|Kasache|Kazakh,Kazakhstani|Kazakhs|Astana|Astana||
KEN|kenianisch|Kenianer|Kenyan||Nairobi|||
KIR|kiribatisch|Kiribatier|I-Kiribati|I-Kiribati|South Tarawa|||
PRK|nordkoreanisch|Nordkoreaner|North Korean||Pyongyang|Pjöngjang,Pjongjang|Nordkorea,DVRK,Demokratische Volksrepublik Korea,Demokratischen Volksrepublik Korea|North Korea,DPRK,Democratic People's Republic of Korea
KOR|südkoreanisch|Südkoreaner|South Korean||Seoul|Seoul|Südkorea,Republik Korea|South Korea,Republic of Korea,ROK
KWT|kuwaitisch|Kuwaiter|Kuwaiti||Kuwait City|Kuwait-Stadt||
KGZ|kirgisisch|Kirgise|Kyrgyz|Kyrgyz|Bishkek|Bischkek|Kirgistan,Kirgisien|
LAO|laotisch|Laote|Lao,Laotian|Laotians|Vientiane|Vientiane||
LVA|lettisch|Lette|Latvian||Riga|||
LBN|libanesisch|Libanese|Lebanese|Lebanese|Beirut|Beirut|Libanon|
LSO|lesothisch|Lesother|Basotho|Basotho|Maseru|||
LBR|liberianisch|Liberianer|Liberian||Monrovia|||
LBY|libysch|Libyer|Libyan||Tripoli|Tripolis||
LIE|liechtensteinisch|Liechtensteiner|Liechtensteiner|Liechtensteiners|Vaduz|||
LTU|litauisch|Litauer|Lithuanian||Vilnius|Wilna||
LUX|luxemburgisch|Luxemburger|Luxembourgish|Luxembourgers|Luxembourg|Luxemburg||
MDG|madagassisch|Madagasse|Malagasy|Malagasy|Antananarivo|||
MWI|malawisch|Malawier|Malawian||Lilongwe|||
MYS|malaysisch|Malaysier|Malaysian||Kuala Lumpur|||
MDV|maledivisch|Malediver|Maldivian||Malé|Male|Malediven|
MLI|malisch|Malier|Malian||Bamako|||
MLT|maltesisch|Malteser|Maltese|Maltese|Valletta|||
MHL|marshallisch|Marshaller|Marshallese|Marshallese|Majuro||Marshallinseln|
MRT|mauretanisch|Mauretanier|Mauritanian||Nouakchott||Mauretanien|
MUS|mauritisch|Mauritier|Mauritian||Port Louis|||
MEX|mexikanisch|Mexikaner|Mexican||Mexico City|Mexiko-Stadt||
FSM|mikronesisch|Mikronesier|Micronesian||Palikir|||Micronesia
MDA|moldauisch|Moldauer|Moldovan||Chișinău|Chisinau,Kischinau|Moldau,Moldawien,Moldova|Moldova
MCO|monegassisch|Monegasse|Monégasque,Monacan|Monegasques|Monaco|||
MNG|mongolisch|Mongole|Mongolian|Mongolians|Ulaanbaatar|Ulan Bator|Mongolei|
MNE|montenegrinisch|Montenegriner|Montenegrin||Podgorica|||
MAR|marokkanisch|Marokkaner|Moroccan||Rabat|||
MOZ|mosambikanisch|Mosambikaner|Mozambican||Maputo||Mosambik|
MMR|myanmarisch,birmanisch|Myanmare,Birmane|Burmese,Myanmar|Burmese|Naypyidaw|Naypyidaw,Naypyitaw|Birma,Burma|Burma
NAM|namibisch|Namibier|Namibian||Windhoek|Windhuk||
NRU|nauruisch|Nauruer|Nauruan||Yaren|||
NPL|nepalesisch|Nepalese|Nepali,Nepalese|Nepalis|Kathmandu|Kathmandu||
NLD|niederländisch,holländisch|Niederländer,Holländer|Dutch|Dutch,Dutchman,Dutchmen|Amsterdam||Holland,Niederlanden|Holland
NZL|neuseeländisch|Neuseeländer|New Zealand|New Zealanders,Kiwis|Wellington|||
NIC|nicaraguanisch|Nicaraguaner|Nicaraguan||Managua|||
NER|nigrisch|Nigrer|Nigerien|Nigeriens|Niamey|||
NGA|nigerianisch|Nigerianer|Nigerian||Abuja|||
MKD|nordmazedonisch,mazedonisch|Nordmazedonier,Mazedonier|North Macedonian,Macedonian|North Macedonians,Macedonians|Skopje|Skopje|Mazedonien|Macedonia
NOR|norwegisch|Norweger|Norwegian||Oslo|||
OMN|omanisch|Omaner|Omani||Muscat|Maskat||
PAK|pakistanisch|Pakistaner,Pakistani|Pakistani||Islamabad|||
PLW|palauisch|Palauer|Palauan||Ngerulmud|||
PAN|panamaisch|Panamaer|Panamanian||Panama City|Panama-Stadt||
PNG|papua-neuguineisch|Papua-Neuguineer|Papua New Guinean||Port Moresby|||
PRY|paraguayisch|Paraguayer|Paraguayan||Asunción|Asuncion||
PER|peruanisch|Peruaner|Peruvian||Lima|||
PHL|philippinisch|Philippiner|Philippine,Filipino|Filipinos|Manila||Philippinen|
POL|polnisch|Pole|Polish|Poles|Warsaw|Warschau||
PRT|portugiesisch|Portugiese|Portuguese|Portuguese|Lisbon|Lissabon||
QAT|katarisch|Katarer|Qatari||Doha||Katar|
ROU|rumänisch|Rumäne|Romanian||Bucharest|Bukarest||
RUS|russisch|Russe|Russian||Moscow|Moskau|Russische Föderation,Russischen Föderation|Russian Federation
RWA|ruandisch|Ruander|Rwandan||Kigali||Ruanda|
KNA|st.-kittsisch|Kittitianer|Kittitian||Basseterre|||
LCA|lucianisch|Lucianer|Saint Lucian||Castries|||
VCT|vincentisch|Vincenter|Vincentian||Kingstown|||
WSM|samoanisch|Samoaner|Samoan||Apia|||
SMR|san-marinesisch|San-Marinese|Sammarinese|Sammarinese|San Marino|||
STP|são-toméisch|São-Toméer|Santomean||São Tomé|||
SAU|saudi-arabisch,saudisch|Saudi,Saudis,Saudi-Araber|Saudi,Saudi Arabian|Saudis|Riyadh|Riad||Saudi
SEN|senegalesisch|Senegalese|Senegalese|Senegalese|Dakar|||
SRB|serbisch|Serbe|Serbian,Serb|Serbians,Serbs|Belgrade|Belgrad||
SYC|seychellisch|Seycheller|Seychellois|Seychellois|Victoria|||
SLE|sierra-leonisch|Sierra-Leoner|Sierra Leonean||Freetown|||
SGP|singapurisch|Singapurer|Singaporean||Singapore|Singapur|Singapur|
SVK|slowakisch|Slowake|Slovak,Slovakian|Slovaks|Bratislava|Pressburg||
SVN|slowenisch|Slowene|Slovenian,Slovene|Slovenians,Slovenes|Ljubljana|Laibach||
SLB|salomonisch|Salomoner|Solomon Islander|Solomon Islanders|Honiara||Salomonen|
SOM|somalisch|Somalier|Somali|Somalis|Mogadishu|Mogadischu||
ZAF|südafrikanisch|Südafrikaner|South African||Pretoria|||
SSD|südsudanesisch|Südsudanese|South Sudanese|South Sudanese|Juba|Juba||
ESP|spanisch|Spanier|Spanish|Spaniards|Madrid|||
LKA|sri-lankisch|Sri-Lanker|Sri Lankan||Sri Jayawardenepura Kotte|||Ceylon
SDN|sudanesisch|Sudanese|Sudanese|Sudanese|Khartoum|Khartum||
SUR|surinamisch|Surinamer|Surinamese|Surinamese|Paramaribo|||
SWE|schwedisch|Schwede|Swedish|Swedes|Stockholm|||
CHE|schweizerisch,eidgenössisch|Schweizer|Swiss|Swiss|Bern|Bern|Eidgenossenschaft|
SYR|syrisch|Syrer|Syrian||Damascus|Damaskus||
TJK|tadschikisch|Tadschike|Tajik,Tajikistani|Tajiks|Dushanbe|Duschanbe||
TZA|tansanisch|Tansanier|Tanzanian||Dodoma|||
THA|thailändisch|Thailänder|Thai|Thais|Bangkok|||Siam
TLS|osttimoresisch|Osttimorese|Timorese,East Timorese|Timorese|Dili||Osttimor|East Timor
TGO|togoisch|Togoer|Togolese|Togolese|Lomé|Lome||
TON|tongaisch|Tongaer|Tongan||Nuku'alofa|||
TTO|trinidadisch|Trinidader|Trinidadian|Trinidadians|Port of Spain|||
TUN|tunesisch|Tunesier|Tunisian||Tunis|||
TUR|türkisch|Türke|Turkish|Turks|Ankara||Türkei|Turkey,Türkiye
TKM|turkmenisch|Turkmene|Turkmen|Turkmens|Ashgabat|Aschgabat|Turkmenien|
TUV|tuvaluisch|Tuvaluer|Tuvaluan||Funafuti|||
UGA|ugandisch|Ugander|Ugandan||Kampala|||
UKR|ukrainisch|Ukrainer|Ukrainian||Kyiv,Kiev|Kiew,Kyjiw,Kijew||
ARE|emiratisch|Emirati,Emiratis|Emirati|Emiratis|Abu Dhabi|Abu Dhabi|VAE,Vereinigte Arabische Emirate,Vereinigten Arabischen Emirate,Vereinigten Arabischen Emiraten|UAE,Emirates
GBR|britisch|Brite|British|Britons,Brits,Briton|London||Großbritannien,Britannien,England,UK,Vereinigten Königreich,Vereinigten Königreichs|Britain,Great Britain,UK,U.K.
USA|amerikanisch,US-amerikanisch|Amerikaner,US-Amerikaner|American,US,U.S.||Washington, D.C.|Washington|USA,Vereinigte Staaten von Amerika,Vereinigten Staaten,Vereinigten Staaten von Amerika,Amerika,US|US,U.S.,USA,America,United States of America
URY|uruguayisch|Uruguayer|Uruguayan||Montevideo|||
UZB|usbekisch|Usbeke|Uzbek,Uzbekistani|Uzbeks|Tashkent|Taschkent||
VUT|vanuatuisch|Vanuatuer|Ni-Vanuatu|Ni-Vanuatu|Port Vila|||
VAT|vatikanisch||Vatican||Vatican City|Vatikanstadt|Vatikan,Heiliger Stuhl|Holy See,the Vatican
VEN|venezolanisch|Venezolaner|Venezuelan||Caracas|||
VNM|vietnamesisch|Vietnamese|Vietnamese|Vietnamese|Hanoi|Hanoi||Viet Nam
YEM|jemenitisch|Jemenit|Yemeni|Yemenis|Sanaa|Sanaa,Sana'a|Jemen|
ZMB|sambisch|Sambier|Zambian||Lusaka||Sambia|
ZWE|simbabwisch|Simbabwer|Zimbabwean||Harare||Simbabwe|
TWN|taiwanisch|Taiwaner|Taiwanese|Taiwanese|Taipei|Taipeh|Republik China|Republic of China
PSE|palästinensisch|Palästinenser|Palestinian||Ramallah|Ramallah|Palästina,Staat Palästina,Palästinensergebiete,Autonomiegebiete|Palestine,State of Palestine,Palestinian territories
HKG||Hongkonger|Hong Kong|Hongkongers|Hong Kong|Hongkong|Hongkong|
MAC|macauisch|Macauer|Macanese|Macanese|Macau|Macau|Macao|Macao
PRI|puerto-ricanisch|Puerto-Ricaner|Puerto Rican||San Juan|||
GRL|grönländisch|Grönländer|Greenlandic|Greenlanders|Nuuk|||
ESH|westsaharauisch,sahrauisch|Sahraui,Sahrauis|Sahrawi|Sahrawis|Laayoune|El Aaiún||
XKX|kosovarisch|Kosovare,Kosovo-Albaner|Kosovar,Kosovan|Kosovars|Pristina|Priština,Prishtina|Kosovo|Kosovo
"""

# Canonical English names where neither CLDR nor ISO gives the everyday one.
NAMES = {"COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "PSE": "Palestine",
         "CIV": "Ivory Coast", "VAT": "Vatican City", "MMR": "Myanmar", "FSM": "Micronesia",
         "TLS": "East Timor", "TUR": "Turkey", "CZE": "Czech Republic", "MKD": "North Macedonia",
         "SWZ": "Eswatini", "CPV": "Cape Verde", "KOR": "South Korea", "PRK": "North Korea",
         "RUS": "Russia", "USA": "United States", "GBR": "United Kingdom", "IRN": "Iran",
         "SYR": "Syria", "LAO": "Laos", "VNM": "Vietnam", "BOL": "Bolivia", "VEN": "Venezuela",
         "TZA": "Tanzania", "MDA": "Moldova", "BRN": "Brunei", "TWN": "Taiwan", "XKX": "Kosovo",
         "HKG": "Hong Kong", "MAC": "Macau", "SHN": "Saint Helena", "UMI": "United States Minor Outlying Islands",
         "VIR": "United States Virgin Islands", "LCA": "Saint Lucia", "MAF": "Saint Martin"}

# Seats of government and other places that stand for a state in the news.
SEATS = """
RUS|chronik:kremlin|Kremlin|Kreml|Moscow Kremlin|Moskauer Kreml
USA|chronik:white-house|White House|Weißes Haus,Weißen Haus,Weißen Hauses||
FRA|chronik:elysee|Élysée Palace|Élysée-Palast,Élysée,Elysee,Elysée-Palast|Élysée,Elysee|
GBR|chronik:downing-street|Downing Street|Downing Street|Number 10,No. 10,10 Downing Street|
KOR|chronik:blue-house|Blue House|Blaues Haus,Blaue Haus,Blauen Haus,Blauen Hauses|Cheong Wa Dae|Cheong Wa Dae
KOR|chronik:yongsan-office|Yongsan presidential office|Präsidialamt in Yongsan|Yongsan|Yongsan
DEU|chronik:kanzleramt|German Chancellery|Kanzleramt,Bundeskanzleramt|Chancellery|
CHN|chronik:zhongnanhai|Zhongnanhai|Zhongnanhai||
UKR|chronik:bankova|Office of the President of Ukraine|Bankowa|Bankova|
"""

# States of the archive years (news of 1985-2005 name them); no capital metonyms, since
# "Moskau" or "Belgrad" stand for today's state.
HISTORICAL = """
SUN|Q15180|Soviet Union|1922-1991|sowjetisch|Sowjetbürger,Sowjets|Soviet|Soviets|Sowjetunion,UdSSR,Union der Sozialistischen Sowjetrepubliken|USSR,U.S.S.R.,Union of Soviet Socialist Republics
YUG||Yugoslavia|1918-2003|jugoslawisch|Jugoslawe|Yugoslav,Yugoslavian|Yugoslavs|Jugoslawien,Bundesrepublik Jugoslawien,Sozialistische Föderative Republik Jugoslawien,Sozialistischen Föderativen Republik Jugoslawien,Restjugoslawien|Federal Republic of Yugoslavia,Socialist Federal Republic of Yugoslavia,SFRY,FRY
SCG||Serbia and Montenegro|2003-2006|||||Serbien und Montenegro|State Union of Serbia and Montenegro
DDR|Q16957|East Germany|1949-1990|||East German|East Germans|DDR,Deutsche Demokratische Republik,Deutschen Demokratischen Republik|German Democratic Republic,GDR
CSK|Q33946|Czechoslovakia|1918-1992|tschechoslowakisch|Tschechoslowake|Czechoslovak,Czechoslovakian|Czechoslovaks|Tschechoslowakei,ČSSR,CSSR,ČSFR|Czechoslovak Socialist Republic,Czech and Slovak Federative Republic
"""
