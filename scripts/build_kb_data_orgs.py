"""Organizations for the bundled KB: international bodies, state institutions, news agencies,
parties, armed groups, trade unions, large companies and NGOs (facts written by the team).

ORGS: slug | Wikidata id or empty | English name | alpha-3 or empty | type | more English names |
German names | metonym_of (alpha-3 of the state the institution stands for, or empty) |
short forms (optional: names a text uses after the full one, "Bayern" for the club)
An empty Wikidata id gives chronik:org-<slug>; ids were checked against public
Wikidata-derived tables (two agreeing sources, or a curated mapping).
People's roles refer to organizations as chronik:org-<slug>; the build rewrites them.
"""

from __future__ import annotations

ORGS = """
un|Q1065|United Nations||ORG|UN,U.N.,United Nations Organization|Vereinte Nationen,Vereinten Nationen,UN,UNO,Uno|
un-security-council|Q7825|United Nations Security Council||ORG|UN Security Council,U.N. Security Council,UNSC|UN-Sicherheitsrat,Weltsicherheitsrat,Sicherheitsrat der Vereinten Nationen,UN-Sicherheitsrats|
un-general-assembly||United Nations General Assembly||ORG|UN General Assembly,UNGA|UN-Generalversammlung,Generalversammlung der Vereinten Nationen|
unhcr||UNHCR||ORG|UN Refugee Agency,United Nations High Commissioner for Refugees|UNHCR,UN-Flüchtlingshilfswerk,UN-Flüchtlingskommissariat|
unicef||UNICEF||ORG|United Nations Children's Fund|UNICEF,Unicef,UN-Kinderhilfswerk|
unrwa||UNRWA||ORG|United Nations Relief and Works Agency|UNRWA,UN-Palästinenserhilfswerk|
wfp||World Food Programme||ORG|WFP,UN World Food Programme|Welternährungsprogramm,WFP|
ohchr||UN Human Rights Office||ORG|OHCHR,Office of the UN High Commissioner for Human Rights|UN-Menschenrechtsbüro,UN-Hochkommissariat für Menschenrechte|
un-human-rights-council||United Nations Human Rights Council||ORG|UN Human Rights Council,UNHRC|UN-Menschenrechtsrat|
nato|Q7184|NATO||ORG|North Atlantic Treaty Organization,the Alliance,North Atlantic Alliance|NATO,Nato,Nordatlantikpakt,Nordatlantische Allianz,Militärbündnis Nato|
eu|Q458|European Union||ORG|EU,E.U.|Europäische Union,Europäischen Union,EU|
european-commission||European Commission||ORG|EU Commission,Brussels Commission|Europäische Kommission,EU-Kommission,Kommission in Brüssel|
european-council||European Council||ORG|EU summit|Europäischer Rat,Europäischen Rat,Europäischen Rates|
council-of-the-eu||Council of the European Union||ORG|Council of the EU,EU Council|Rat der Europäischen Union,Rat der EU,Ministerrat der EU|
european-parliament||European Parliament||ORG|EU Parliament|Europäisches Parlament,Europaparlament,EU-Parlament|
ecb||European Central Bank||ORG|ECB|Europäische Zentralbank,EZB|
african-union|Q7159|African Union||ORG|AU|Afrikanische Union,Afrikanischen Union,AU|
asean||ASEAN||ORG|Association of Southeast Asian Nations|Verband Südostasiatischer Nationen,ASEAN|
osce||OSCE||ORG|Organization for Security and Co-operation in Europe|OSZE,Organisation für Sicherheit und Zusammenarbeit in Europa|
iaea||International Atomic Energy Agency||ORG|IAEA,UN nuclear watchdog|Internationale Atomenergiebehörde,IAEA,IAEO,UN-Atomaufsicht,Atomenergiebehörde|
who|Q7817|World Health Organization||ORG|WHO|Weltgesundheitsorganisation,WHO|
imf|Q7804|International Monetary Fund||ORG|IMF|Internationaler Währungsfonds,Internationale Währungsfonds,Internationalen Währungsfonds,IWF|
world-bank||World Bank||ORG|World Bank Group|Weltbank|
wto||World Trade Organization||ORG|WTO|Welthandelsorganisation,WTO|
icc||International Criminal Court||ORG|ICC|Internationaler Strafgerichtshof,Internationale Strafgerichtshof,IStGH|
icj||International Court of Justice||ORG|ICJ,World Court|Internationaler Gerichtshof,IGH|
icrc||International Committee of the Red Cross||ORG|ICRC,Red Cross|Internationales Komitee vom Roten Kreuz,IKRK,Rotes Kreuz,Rote Kreuz,Roten Kreuz,Roten Kreuzes|
ifrc||International Federation of Red Cross and Red Crescent Societies||ORG|IFRC,Red Crescent|Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften,Roter Halbmond|
g7||G7||ORG|Group of Seven,G-7|G7,G-7,Gruppe der Sieben|
g20||G20||ORG|Group of Twenty,G-20|G20,G-20,Gruppe der 20|
g8||G8||ORG|Group of Eight,G-8|G8,G-8,Gruppe der Acht|
brics||BRICS||ORG|BRICS group|Brics,BRICS,Brics-Staaten|
opec||OPEC||ORG|Organization of the Petroleum Exporting Countries,OPEC+|Opec,OPEC,Organisation erdölexportierender Länder,Opec+|
arab-league||Arab League||ORG|League of Arab States|Arabische Liga,Arabischen Liga|
gcc||Gulf Cooperation Council||ORG|GCC|Golf-Kooperationsrat,Golfkooperationsrat|
sco||Shanghai Cooperation Organisation||ORG|SCO|Schanghaier Organisation für Zusammenarbeit,SOZ|
csto||Collective Security Treaty Organization||ORG|CSTO|Organisation des Vertrags über kollektive Sicherheit,OVKS|
council-of-europe||Council of Europe||ORG||Europarat|
oecd||OECD||ORG|Organisation for Economic Co-operation and Development|OECD,Organisation für wirtschaftliche Zusammenarbeit und Entwicklung|
amnesty||Amnesty International||ORG|Amnesty|Amnesty International,Amnesty|
hrw||Human Rights Watch||ORG|HRW|Human Rights Watch,HRW|
msf||Médecins Sans Frontières||ORG|Doctors Without Borders,MSF|Ärzte ohne Grenzen|
# --- state institutions ---
security-council-of-russia||Security Council of Russia|RUS|ORG|Russian Security Council,Security Council of the Russian Federation,Russia's Security Council|Sicherheitsrat Russlands,russischer Sicherheitsrat,russischen Sicherheitsrat,russischen Sicherheitsrats,Russlands Sicherheitsrat,Nationaler Sicherheitsrat Russlands|
russian-mod||Ministry of Defence of Russia|RUS|ORG|Russian Defence Ministry,Russian Ministry of Defence,Russian Defense Ministry|russisches Verteidigungsministerium,russischen Verteidigungsministerium,Verteidigungsministerium in Moskau|RUS
russian-mfa||Ministry of Foreign Affairs of Russia|RUS|ORG|Russian Foreign Ministry|russisches Außenministerium,russischen Außenministerium,Außenministerium in Moskau|RUS
russian-armed-forces||Russian Armed Forces|RUS|ORG|Russian army,Russian military,Russian troops|russische Armee,russischen Armee,russische Streitkräfte,russischen Streitkräfte,russisches Militär,russische Truppen|
fsb||Federal Security Service|RUS|ORG|FSB|Inlandsgeheimdienst FSB,FSB|
svr||Foreign Intelligence Service of Russia|RUS|ORG|SVR|Auslandsgeheimdienst SWR,SWR,SVR|
gru||GRU|RUS|ORG|Russian military intelligence|Militärgeheimdienst GRU,GRU|
state-duma||State Duma|RUS|ORG|Duma,Russian parliament|Staatsduma,Duma|
federation-council||Federation Council|RUS|ORG|Federation Council of Russia,Russian Federation Council|Föderationsrat,Föderationsrats,Föderationsrates,Föderationsrat Russlands|
wagner-group||Wagner Group|RUS|ORG|PMC Wagner,Wagner mercenaries,Wagner militia|Wagner-Gruppe,Wagner-Söldner,Söldnertruppe Wagner,Söldnergruppe Wagner|
ukrainian-armed-forces||Armed Forces of Ukraine|UKR|ORG|Ukrainian army,Ukrainian military,Ukrainian troops|ukrainische Armee,ukrainischen Armee,ukrainische Streitkräfte,ukrainischen Streitkräfte,ukrainisches Militär|
ukraine-nsdc||National Security and Defense Council of Ukraine|UKR|ORG|NSDC|Nationaler Sicherheits- und Verteidigungsrat der Ukraine|
verkhovna-rada||Verkhovna Rada|UKR|ORG|Ukrainian parliament,Rada|Werchowna Rada,Rada,ukrainisches Parlament|
sbu||Security Service of Ukraine|UKR|ORG|SBU|ukrainischer Geheimdienst SBU,SBU|
hur||Main Directorate of Intelligence of Ukraine|UKR|ORG|HUR,GUR,Ukrainian military intelligence|ukrainischer Militärgeheimdienst,HUR|
pentagon||United States Department of Defense|USA|ORG|Pentagon,the Pentagon,Department of Defense,Department of War,DoD|Pentagon,US-Verteidigungsministerium,US-Kriegsministerium|USA
state-department||United States Department of State|USA|ORG|State Department,US State Department|US-Außenministerium,Außenministerium in Washington|USA
us-congress||United States Congress|USA|ORG|US Congress,U.S. Congress|US-Kongress|
us-senate||United States Senate|USA|ORG|US Senate,U.S. Senate|US-Senat|
us-house||United States House of Representatives|USA|ORG|House of Representatives|US-Repräsentantenhaus,Repräsentantenhaus|
cia||Central Intelligence Agency|USA|ORG|CIA|CIA,US-Auslandsgeheimdienst|
fbi||Federal Bureau of Investigation|USA|ORG|FBI|FBI,US-Bundespolizei|
us-armed-forces||United States Armed Forces|USA|ORG|US military,U.S. military,US forces,US troops|US-Armee,US-Militär,US-Streitkräfte,US-Truppen|
bundestag||Bundestag|DEU|ORG|German parliament,German Bundestag|Bundestag,Deutscher Bundestag,Deutschen Bundestag,Bundestages,Deutschen Bundestages|
bundesrat||Bundesrat|DEU|ORG|German Bundesrat|Bundesrat|
bundesregierung||Federal Government of Germany|DEU|ORG|German government|Bundesregierung|DEU
bundeswehr||Bundeswehr|DEU|ORG|German armed forces,German military|Bundeswehr|
auswaertiges-amt||Federal Foreign Office|DEU|ORG|German Foreign Office|Auswärtiges Amt,Auswärtigen Amt,Auswärtigen Amts|DEU
bmvg||Federal Ministry of Defence|DEU|ORG|German Defence Ministry|Verteidigungsministerium in Berlin,Bundesverteidigungsministerium|
bnd||Federal Intelligence Service|DEU|ORG|BND|Bundesnachrichtendienst,BND|
bundesverfassungsgericht||Federal Constitutional Court|DEU|ORG|German Constitutional Court|Bundesverfassungsgericht,Bundesverfassungsgerichts,Bundesverfassungsgerichtes|
french-armed-forces||French Armed Forces|FRA|ORG|French army,French military|französische Armee,französischen Armee|
quai-dorsay||Ministry for Europe and Foreign Affairs|FRA|ORG|French Foreign Ministry,Quai d'Orsay|französisches Außenministerium,Quai d'Orsay|FRA
uk-ministry-of-defence||Ministry of Defence|GBR|ORG|MoD,British Ministry of Defence|britisches Verteidigungsministerium,britischen Verteidigungsministerium|
foreign-office||Foreign, Commonwealth and Development Office|GBR|ORG|Foreign Office,FCDO|britisches Außenministerium,britischen Außenministerium|GBR
british-armed-forces||British Armed Forces|GBR|ORG|British army,British military|britische Armee,britischen Armee|
uk-parliament||Parliament of the United Kingdom|GBR|ORG|British Parliament,Westminster,House of Commons|britisches Parlament,britischen Parlament,Unterhaus|
ccp||Chinese Communist Party|CHN|ORG|Communist Party of China,CCP,CPC|Kommunistische Partei Chinas,KP Chinas,KPCh|
pla||People's Liberation Army|CHN|ORG|PLA,Chinese army,Chinese military|Volksbefreiungsarmee,chinesische Armee,chinesischen Armee|
china-mfa||Ministry of Foreign Affairs of China|CHN|ORG|Chinese Foreign Ministry|chinesisches Außenministerium,chinesischen Außenministerium,Außenministerium in Peking|CHN
korean-peoples-army||Korean People's Army|PRK|ORG|KPA,North Korean army,North Korean military,North Korean troops|Koreanische Volksarmee,nordkoreanische Armee,nordkoreanischen Armee,nordkoreanische Soldaten,nordkoreanische Truppen|
workers-party-of-korea||Workers' Party of Korea|PRK|ORG|WPK,Korean Workers' Party|Partei der Arbeit Koreas,Arbeiterpartei Koreas,Arbeiterpartei|
south-korean-armed-forces||Republic of Korea Armed Forces|KOR|ORG|South Korean military,South Korean army|südkoreanische Armee,südkoreanischen Armee,südkoreanisches Militär,südkoreanischen Militär|
jcs-korea||Joint Chiefs of Staff of South Korea|KOR|ORG|South Korean Joint Chiefs of Staff,JCS|südkoreanischer Generalstab,südkoreanischen Generalstab,Vereinigter Generalstab|
nis-korea||National Intelligence Service|KOR|ORG|NIS,South Korean intelligence|südkoreanischer Geheimdienst,südkoreanischen Geheimdienst,NIS|
idf||Israel Defense Forces|ISR|ORG|IDF,Israeli army,Israeli military|israelische Armee,israelischen Armee,israelisches Militär,israelischen Militär,IDF|
knesset||Knesset|ISR|ORG|Israeli parliament|Knesset,israelisches Parlament|
mossad||Mossad|ISR|ORG||Mossad|
irgc||Islamic Revolutionary Guard Corps|IRN|ORG|IRGC,Revolutionary Guards,Revolutionary Guard|Revolutionsgarden,Iranische Revolutionsgarden,iranischen Revolutionsgarden|
quds-force||Quds Force|IRN|ORG|Qods Force|Al-Kuds-Brigaden,Kuds-Brigaden|
japan-sdf||Japan Self-Defense Forces|JPN|ORG|Self-Defense Forces,SDF|japanische Selbstverteidigungsstreitkräfte|
kremlin-administration||Presidential Administration of Russia|RUS|ORG|Presidential Administration,Kremlin administration|Präsidialverwaltung,Kremlverwaltung|
# --- news agencies ---
dpa|Q312653|Deutsche Presse-Agentur|DEU|ORG|dpa,DPA|dpa,Deutsche Presse-Agentur|
afp|Q40464|Agence France-Presse|FRA|ORG|AFP|AFP,Agence France-Presse|
reuters|Q130879|Reuters|GBR|ORG|Thomson Reuters|Reuters|
ap|Q40469|Associated Press|USA|ORG|AP|AP,Associated Press|
upi|Q493845|United Press International|USA|ORG|UPI|UPI|
kcna||Korean Central News Agency|PRK|ORG|KCNA|KCNA,KCNA,Nachrichtenagentur KCNA,staatliche Nachrichtenagentur KCNA,amtliche Nachrichtenagentur KCNA|
tass|Q223799|TASS|RUS|ORG|Tass,ITAR-TASS|Tass,TASS,Itar-Tass|
ria-novosti||RIA Novosti|RUS|ORG|RIA|RIA Nowosti,Ria Nowosti,RIA|
interfax|Q379271|Interfax|RUS|ORG|Interfax news agency|Interfax|
xinhua|Q204839|Xinhua News Agency|CHN|ORG|Xinhua,New China News Agency|Xinhua,Nachrichtenagentur Xinhua,Neues China|
yonhap||Yonhap News Agency|KOR|ORG|Yonhap|Yonhap|
ukrinform||Ukrinform|UKR|ORG||Ukrinform|
unian||UNIAN|UKR|ORG||Unian,UNIAN|
kyodo||Kyodo News|JPN|ORG|Kyodo|Kyodo|
jiji||Jiji Press|JPN|ORG|Jiji|Jiji|
ansa|Q392934|ANSA|ITA|ORG|Agenzia Nazionale Stampa Associata|Ansa,ANSA|
efe||Agencia EFE|ESP|ORG|EFE|EFE|
apa|Q680662|Austria Presse Agentur|AUT|ORG|APA|APA,Austria Presse Agentur|
keystone-sda|Q430109|Keystone-SDA|CHE|ORG|SDA,ATS|Keystone-SDA,SDA,Schweizerische Depeschenagentur|
epd||Evangelischer Pressedienst|DEU|ORG|epd|epd,Evangelischer Pressedienst|
kna||Katholische Nachrichten-Agentur|DEU|ORG|KNA|KNA,Katholische Nachrichten-Agentur|
afp-de||AFP German service|DEU|ORG||AFP-Dienst|
anp|Q966898|Algemeen Nederlands Persbureau|NLD|ORG|ANP|ANP|
belga|Q815453|Belga|BEL|ORG|Belga news agency|Belga|
pap|Q1484980|Polish Press Agency|POL|ORG|PAP|PAP,Polnische Presseagentur|
ctk|Q341118|Czech News Agency|CZE|ORG|CTK,ČTK|CTK,ČTK,Tschechische Presseagentur|
anadolu||Anadolu Agency|TUR|ORG|Anadolu|Anadolu,Anadolu Agentur,staatliche Nachrichtenagentur Anadolu|
irna||Islamic Republic News Agency|IRN|ORG|IRNA|Irna,IRNA|
tasnim||Tasnim News Agency|IRN|ORG|Tasnim|Tasnim|
wafa||WAFA|PSE|ORG|Palestinian news agency WAFA|Wafa,WAFA|
sana||Syrian Arab News Agency|SYR|ORG|SANA|SANA|
spa||Saudi Press Agency|SAU|ORG|Saudi Press Agency|saudische Nachrichtenagentur SPA|
pti||Press Trust of India|IND|ORG|PTI|PTI|
bloomberg||Bloomberg News|USA|ORG|Bloomberg|Bloomberg|
belta||BelTA|BLR|ORG|Belarusian Telegraph Agency|Belta,BelTA|
# --- parties ---
cdu||Christian Democratic Union of Germany|DEU|ORG|CDU|CDU,Christlich Demokratische Union|
csu||Christian Social Union in Bavaria|DEU|ORG|CSU|CSU|
spd||Social Democratic Party of Germany|DEU|ORG|SPD|SPD,Sozialdemokratische Partei Deutschlands|
greens-de||Alliance 90/The Greens|DEU|ORG|German Greens|Grüne,Grünen,Bündnis 90/Die Grünen|
fdp||Free Democratic Party|DEU|ORG|FDP|FDP|
afd||Alternative for Germany|DEU|ORG|AfD|AfD,Alternative für Deutschland|
linke||The Left|DEU|ORG|Die Linke|Die Linke,Linkspartei|
bsw||Sahra Wagenknecht Alliance|DEU|ORG|BSW|BSW,Bündnis Sahra Wagenknecht|
united-russia||United Russia|RUS|ORG||Einiges Russland|
republican-party||Republican Party|USA|ORG|Republicans,GOP|Republikaner,Republikanische Partei|
democratic-party||Democratic Party|USA|ORG|Democrats|Demokraten,Demokratische Partei|
likud||Likud|ISR|ORG||Likud|
# --- armed groups ---
hamas||Hamas|PSE|ORG|Islamic Resistance Movement,Harakat al-Muqawama al-Islamiya|Hamas,radikalislamische Hamas,islamistische Hamas|
qassam-brigades||Izz ad-Din al-Qassam Brigades|PSE|ORG|al-Qassam Brigades,Qassam Brigades|Kassam-Brigaden,Essedin-al-Kassam-Brigaden|
islamic-jihad||Palestinian Islamic Jihad|PSE|ORG|Islamic Jihad,PIJ|Islamischer Dschihad,Islamische Dschihad|
hezbollah||Hezbollah|LBN|ORG|Hizbollah,Hizballah,Hizbullah|Hisbollah,Hisbollah-Miliz,proiranische Hisbollah|
houthis||Houthis|YEM|ORG|Houthi movement,Ansar Allah,Ansarallah,Houthi rebels|Huthi,Huthis,Huthi-Rebellen,Huthi-Miliz,Ansar Allah|
taliban||Taliban|AFG|ORG|Islamic Emirate of Afghanistan|Taliban,radikalislamische Taliban|
isis||Islamic State|IRQ|ORG|ISIS,ISIL,Daesh,Islamic State of Iraq and the Levant,Islamic State of Iraq and Syria|Islamischer Staat,Islamischen Staat,Islamischen Staates,IS,Terrormiliz IS,Daesh|
al-qaeda||al-Qaeda||ORG|Al Qaeda,al-Qaida,Al-Qaida|Al-Kaida,al-Kaida,Al Kaida|
al-shabaab||al-Shabaab|SOM|ORG|Al-Shabab,al-Shabab,Harakat al-Shabaab al-Mujahideen|Al-Schabaab,al-Schabaab,Al-Shabaab,Al-Shabab|
boko-haram||Boko Haram|NGA|ORG|Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|Boko Haram|
iswap||Islamic State West Africa Province|NGA|ORG|ISWAP|ISWAP,Islamischer Staat Westafrikanische Provinz|
pkk||Kurdistan Workers' Party|TUR|ORG|PKK|PKK,Arbeiterpartei Kurdistans,kurdische Arbeiterpartei|
ypg||People's Defense Units|SYR|ORG|YPG|YPG,Volksverteidigungseinheiten,kurdische Miliz YPG|
sdf||Syrian Democratic Forces|SYR|ORG|SDF|Syrische Demokratische Kräfte,SDF,SDK|
hts||Hayat Tahrir al-Sham|SYR|ORG|HTS,Tahrir al-Sham|Haiat Tahrir al-Scham,HTS,Hayat Tahrir al-Sham|
rsf-sudan||Rapid Support Forces|SDN|ORG|RSF|RSF,Rapid Support Forces,paramilitärische RSF|
m23||M23|COD|ORG|March 23 Movement|M23,Miliz M23|
jnim||Jama'at Nasr al-Islam wal-Muslimin|MLI|ORG|JNIM|JNIM|
azov||Azov Brigade|UKR|ORG|Azov Regiment|Asow-Regiment,Asow-Brigade|
kataib-hezbollah||Kata'ib Hezbollah|IRQ|ORG|Kataib Hezbollah|Kataib Hisbollah|
verdi||Verdi|DEU|ORG|ver.di,United Services Union|Verdi,Ver.di,ver.di,Vereinte Dienstleistungsgewerkschaft|
ig-metall||IG Metall|DEU|ORG|IG Metall|IG Metall|
dgb||German Trade Union Confederation|DEU|ORG|DGB|Deutscher Gewerkschaftsbund,DGB|
gdl||GDL|DEU|ORG|German Train Drivers' Union|GDL,Gewerkschaft Deutscher Lokomotivführer|
volkswagen||Volkswagen|DEU|ORG|Volkswagen Group,VW|Volkswagen,VW,VW-Konzern,Volkswagen-Konzern|
siemens||Siemens|DEU|ORG|Siemens AG|Siemens,Siemens-Konzern|
deutsche-bahn||Deutsche Bahn|DEU|ORG|German Rail|Deutsche Bahn,Bahn-Konzern|
lufthansa||Lufthansa|DEU|ORG|Deutsche Lufthansa|Lufthansa|
basf||BASF|DEU|ORG|BASF SE|BASF|
bayer-ag||Bayer AG|DEU|ORG|Bayer AG|Bayer AG,Bayer-Konzern|
deutsche-bank||Deutsche Bank|DEU|ORG|Deutsche Bank AG|Deutsche Bank,Deutschen Bank|
deutsche-telekom||Deutsche Telekom|DEU|ORG|Deutsche Telekom AG|Deutsche Telekom,Telekom|
sap||SAP|DEU|ORG|SAP SE|SAP|
mercedes-benz||Mercedes-Benz Group|DEU|ORG|Mercedes-Benz,Daimler|Mercedes-Benz,Mercedes-Benz Group,Daimler|
bmw||BMW|DEU|ORG|BMW Group|BMW|
tesla||Tesla|USA|ORG|Tesla Inc.|Tesla|
apple||Apple|USA|ORG|Apple Inc.|Apple|
alphabet||Alphabet|USA|ORG|Google,Alphabet Inc.|Google,Alphabet|
microsoft||Microsoft|USA|ORG|Microsoft Corp.|Microsoft|
amazon||Amazon.com|USA|ORG|Amazon Inc.|Amazon|
meta||Meta Platforms|USA|ORG|Meta,Facebook|Meta,Facebook,Meta-Konzern|
openai||OpenAI|USA|ORG||OpenAI|
nvidia||Nvidia|USA|ORG|NVIDIA|Nvidia|
boeing||Boeing|USA|ORG|Boeing Co.|Boeing|
airbus||Airbus|FRA|ORG|Airbus SE|Airbus|
gazprom||Gazprom|RUS|ORG||Gazprom,Gasprom|
rosneft||Rosneft|RUS|ORG||Rosneft,Rosneft-Konzern|
aramco||Saudi Aramco|SAU|ORG|Aramco|Saudi Aramco,Aramco|
huawei||Huawei|CHN|ORG|Huawei Technologies|Huawei|
tiktok||TikTok|CHN|ORG|ByteDance|TikTok,ByteDance|
greenpeace||Greenpeace||ORG||Greenpeace|
fifa||FIFA||ORG|Fédération Internationale de Football Association|FIFA,Fifa,Weltfußballverband|
uefa||UEFA||ORG||UEFA,Uefa|
ioc||International Olympic Committee||ORG|IOC|Internationales Olympisches Komitee,IOC|
interpol||Interpol||ORG|International Criminal Police Organization|Interpol|
europol||Europol||ORG||Europol|
frontex||Frontex||ORG|European Border and Coast Guard Agency|Frontex,EU-Grenzschutzagentur|
uk-conservative-party||Conservative Party|GBR|ORG|Conservative,Conservatives,Tories,Tory Party,Conservative and Unionist Party|Konservative Partei,Tories,britischen Konservativen|
uk-labour-party||Labour Party|GBR|ORG|Labour,British Labour Party|Labour,Labour-Partei,Labour Party|
uk-liberal-democrats||Liberal Democrats|GBR|ORG|Lib Dems|Liberaldemokraten,Liberal Democrats|
reform-uk||Reform UK|GBR|ORG||Reform UK|
snp||Scottish National Party|GBR|ORG|SNP|Schottische Nationalpartei,SNP|
rassemblement-national||National Rally|FRA|ORG|Rassemblement National,National Front|Rassemblement National,Front National|
# --- bodies, parties, media and companies of 1985-2005 news (English archive news names them) ---
plo||Palestine Liberation Organization|PSE|ORG|PLO,Palestine Liberation Organisation|PLO,Palästinensische Befreiungsorganisation|
fatah||Fatah|PSE|ORG|Fateh,al-Fatah|Fatah,Fatah-Bewegung|
sinn-fein||Sinn Féin|GBR|ORG|Sinn Fein|Sinn Féin,Sinn Fein|
ira||Irish Republican Army|GBR|ORG|IRA,Provisional IRA,Provisional Irish Republican Army|IRA,Irisch-Republikanische Armee|
khmer-rouge||Khmer Rouge|KHM|ORG|Party of Democratic Kampuchea|Rote Khmer,Roten Khmer|
anc||African National Congress|ZAF|ORG|ANC|ANC,Afrikanischer Nationalkongress|
kla||Kosovo Liberation Army|XKX|ORG|KLA,UCK|UÇK,UCK,Befreiungsarmee des Kosovo,Befreiungsarmee Kosovos|
cpsu||Communist Party of the Soviet Union|SUN|ORG|CPSU,Soviet Communist Party|KPdSU,Kommunistische Partei der Sowjetunion|
sed||Socialist Unity Party of Germany|DDR|ORG|SED|SED,Sozialistische Einheitspartei Deutschlands|
communist-party-of-cuba||Communist Party of Cuba|CUB|ORG|Cuban Communist Party|Kommunistische Partei Kubas,KP Kubas|
kgb||KGB|SUN|ORG|Committee for State Security|KGB,sowjetischer Geheimdienst KGB|
stasi||Stasi|DDR|ORG|Ministry for State Security,East German secret police|Stasi,Ministerium für Staatssicherheit,MfS|
warsaw-pact||Warsaw Pact||ORG|Warsaw Treaty Organization|Warschauer Pakt,Warschauer Pakts,Warschauer Vertrag|
oau||Organization of African Unity||ORG|OAU,Organisation of African Unity|Organisation für Afrikanische Einheit,OAU|
european-community||European Community||ORG|European Communities,European Economic Community,EEC,Common Market|Europäische Gemeinschaft,Europäischen Gemeinschaft,Europäische Gemeinschaften,Europäische Wirtschaftsgemeinschaft,EWG|
gatt||General Agreement on Tariffs and Trade||ORG|GATT|GATT,Allgemeines Zoll- und Handelsabkommen|
unscom||United Nations Special Commission||ORG|UNSCOM,U.N. Special Commission,UN Special Commission|UNSCOM,UN-Sonderkommission|
esa||European Space Agency||ORG|ESA|ESA,Europäische Weltraumorganisation,Europäische Weltraumagentur|
iraqi-republican-guard||Republican Guard|IRQ|ORG|Iraqi Republican Guard|Republikanische Garde,Republikanischen Garde|
us-supreme-court||Supreme Court of the United States|USA|ORG|U.S. Supreme Court,US Supreme Court,United States Supreme Court|Oberster Gerichtshof der USA,Oberste Gerichtshof der USA,Obersten Gerichtshof der USA,US-Supreme-Court,Supreme Court|
us-justice-department||United States Department of Justice|USA|ORG|Justice Department,Department of Justice,U.S. Justice Department,US Justice Department|US-Justizministerium,Justizministerium in Washington|
us-treasury||United States Department of the Treasury|USA|ORG|Treasury Department,U.S. Treasury,US Treasury,Department of the Treasury|US-Finanzministerium,Finanzministerium in Washington|
us-dhs||United States Department of Homeland Security|USA|ORG|Department of Homeland Security,Homeland Security Department,DHS|US-Heimatschutzministerium,Heimatschutzministerium|
us-nsc||United States National Security Council|USA|ORG|National Security Council,NSC|Nationaler Sicherheitsrat der USA|
sec||Securities and Exchange Commission|USA|ORG|SEC,U.S. Securities and Exchange Commission|US-Börsenaufsicht SEC,Börsenaufsicht SEC,SEC|
ins||Immigration and Naturalization Service|USA|ORG|INS,U.S. Immigration and Naturalization Service|Einwanderungsbehörde INS,INS|
fdic||Federal Deposit Insurance Corporation|USA|ORG|FDIC,Federal Deposit Insurance Corp.|FDIC|
federal-reserve||Federal Reserve|USA|ORG|Federal Reserve System,Federal Reserve Board,Fed,U.S. Federal Reserve|Federal Reserve,Fed,US-Notenbank,US-Zentralbank,Notenbank Fed,US-Notenbank Fed|
nasa||NASA|USA|ORG|National Aeronautics and Space Administration|NASA,Nasa,US-Raumfahrtbehörde,US-Weltraumbehörde|
nyse||New York Stock Exchange|USA|ORG|NYSE,Big Board|New Yorker Börse,New York Stock Exchange,NYSE|
nasdaq||Nasdaq|USA|ORG|NASDAQ,Nasdaq Stock Market|Nasdaq,NASDAQ|
london-stock-exchange||London Stock Exchange|GBR|ORG||Londoner Börse,London Stock Exchange|
frankfurt-stock-exchange||Frankfurt Stock Exchange|DEU|ORG|Deutsche Börse|Frankfurter Börse,Frankfurter Wertpapierbörse,Deutsche Börse|
tokyo-stock-exchange||Tokyo Stock Exchange|JPN|ORG||Tokioter Börse|
cnn||CNN|USA|ORG|Cable News Network|CNN,US-Sender CNN,Nachrichtensender CNN|
bbc||BBC|GBR|ORG|British Broadcasting Corporation,BBC News|BBC,britische Rundfunkanstalt BBC|
abc-news||ABC News|USA|ORG|ABC,American Broadcasting Company|ABC News,US-Sender ABC|
cbs-news||CBS News|USA|ORG|CBS|CBS News,CBS,US-Sender CBS|
nbc-news||NBC News|USA|ORG|NBC|NBC News,NBC,US-Sender NBC|
fox-news||Fox News|USA|ORG|Fox News Channel|Fox News|
npr||NPR|USA|ORG|National Public Radio|NPR|
voa||Voice of America|USA|ORG|VOA|Voice of America,Stimme Amerikas|
nyt||The New York Times|USA|ORG|New York Times|New York Times|
wapo||The Washington Post|USA|ORG|Washington Post|Washington Post|
wsj||The Wall Street Journal|USA|ORG|Wall Street Journal|Wall Street Journal|
ibm||IBM|USA|ORG|International Business Machines,International Business Machines Corp.|IBM|
general-motors||General Motors|USA|ORG|GM,General Motors Corp.|General Motors,GM|
ford||Ford Motor Company|USA|ORG|Ford Motor,Ford Motor Co.|Ford-Konzern,Ford-Werke|
chrysler||Chrysler|USA|ORG|Chrysler Corp.|Chrysler|
dupont||DuPont|USA|ORG|Du Pont,E.I. du Pont de Nemours|DuPont|
att||AT&T|USA|ORG|American Telephone and Telegraph|AT&T|
intel||Intel|USA|ORG|Intel Corp.|Intel|
hewlett-packard||Hewlett-Packard|USA|ORG|Hewlett-Packard Co.|Hewlett-Packard|
compaq||Compaq|USA|ORG|Compaq Computer,Compaq Computer Corp.|Compaq|
merrill-lynch||Merrill Lynch|USA|ORG|Merrill Lynch & Co.|Merrill Lynch|
goldman-sachs||Goldman Sachs|USA|ORG|Goldman Sachs Group|Goldman Sachs|
morgan-stanley||Morgan Stanley|USA|ORG||Morgan Stanley|
jpmorgan||JPMorgan Chase|USA|ORG|JPMorgan,J.P. Morgan,JP Morgan|JPMorgan,JP Morgan|
citigroup||Citigroup|USA|ORG|Citibank,Citicorp|Citigroup,Citibank|
lehman-brothers||Lehman Brothers|USA|ORG|Lehman|Lehman Brothers|
exxonmobil||ExxonMobil|USA|ORG|Exxon Mobil,Exxon|ExxonMobil,Exxon Mobil,Exxon|
general-electric||General Electric|USA|ORG|GE,General Electric Co.|General Electric|
coca-cola||Coca-Cola|USA|ORG|Coca-Cola Co.|Coca-Cola|
disney||The Walt Disney Company|USA|ORG|Walt Disney Co.,Walt Disney Company,Disney|Disney,Disney-Konzern|
philip-morris||Philip Morris|USA|ORG|Philip Morris Cos.,Philip Morris International|Philip Morris|
enron||Enron|USA|ORG|Enron Corp.|Enron|
worldcom||WorldCom|USA|ORG||Worldcom,WorldCom|
sony||Sony|JPN|ORG|Sony Corp.|Sony|
toyota||Toyota|JPN|ORG|Toyota Motor,Toyota Motor Corp.|Toyota|
nissan||Nissan|JPN|ORG|Nissan Motor|Nissan|
shell||Shell|GBR|ORG|Royal Dutch Shell,Shell plc|Shell,Royal Dutch Shell|
bp||BP|GBR|ORG|British Petroleum,BP plc|BP|
# --- German institutions, media, parties and companies named in German news 2004-2025 ---
bgh||Federal Court of Justice|DEU|ORG|BGH|Bundesgerichtshof,Bundesgerichtshofs,BGH|
bka||Federal Criminal Police Office|DEU|ORG|BKA|Bundeskriminalamt,Bundeskriminalamts,BKA|
verfassungsschutz||Federal Office for the Protection of the Constitution|DEU|ORG|BfV|Bundesamt für Verfassungsschutz,Verfassungsschutz,BfV|
bundesagentur-fuer-arbeit||Federal Employment Agency|DEU|ORG||Bundesagentur für Arbeit|
npd||National Democratic Party of Germany|DEU|ORG|NPD|NPD,Nationaldemokratische Partei Deutschlands|
pds||Party of Democratic Socialism|DEU|ORG|PDS|PDS,Partei des Demokratischen Sozialismus,Linkspartei.PDS|
wasg||Labour and Social Justice – The Electoral Alternative|DEU|ORG|WASG|WASG,Wahlalternative Arbeit und soziale Gerechtigkeit|
zdf||ZDF|DEU|ORG|Zweites Deutsches Fernsehen|ZDF,Zweites Deutsches Fernsehen|
ard||ARD|DEU|ORG||ARD|
spiegel||Der Spiegel|DEU|ORG|Spiegel Online|Der Spiegel,Spiegel Online,Spiegel-Online,Nachrichtenmagazin Spiegel|
faz||Frankfurter Allgemeine Zeitung|DEU|ORG|FAZ|Frankfurter Allgemeine Zeitung,FAZ|
sueddeutsche||Süddeutsche Zeitung|DEU|ORG|Sueddeutsche Zeitung|Süddeutsche Zeitung|
handelsblatt||Handelsblatt|DEU|ORG||Handelsblatt|
taz||die tageszeitung|DEU|ORG|taz|taz|
bild-zeitung||Bild|DEU|ORG|Bild-Zeitung|Bild-Zeitung,Bild am Sonntag|
axel-springer||Axel Springer|DEU|ORG|Axel Springer SE|Axel Springer,Springer-Verlag|
bertelsmann||Bertelsmann|DEU|ORG||Bertelsmann,Bertelsmann-Konzern|
dfb||German Football Association|DEU|ORG|DFB|Deutscher Fußball-Bund,DFB|
attac||Attac||ORG|ATTAC|Attac,ATTAC|
wwf||WWF||ORG|World Wide Fund for Nature|WWF|
rsf||Reporters Without Borders||ORG|RSF,Reporters sans frontières|Reporter ohne Grenzen,ROG|
stiftung-warentest||Stiftung Warentest|DEU|ORG||Stiftung Warentest|
eads||EADS|FRA|ORG|European Aeronautic Defence and Space Company|EADS|
porsche||Porsche|DEU|ORG|Porsche AG|Porsche,Porsche AG|
opel||Opel|DEU|ORG|Adam Opel AG|Opel,Adam Opel AG|
deutsche-post||Deutsche Post|DEU|ORG|Deutsche Post DHL,DHL|Deutsche Post,DHL|
allianz||Allianz|DEU|ORG|Allianz SE|Allianz,Allianz-Konzern|
commerzbank||Commerzbank|DEU|ORG||Commerzbank|
thyssenkrupp||ThyssenKrupp|DEU|ORG|Thyssenkrupp|ThyssenKrupp,Thyssenkrupp|
rwe||RWE|DEU|ORG||RWE|
eon||E.ON|DEU|ORG|Eon|E.ON,Eon|
vattenfall||Vattenfall|SWE|ORG||Vattenfall|
ryanair||Ryanair|IRL|ORG||Ryanair|
dow-jones||Dow Jones & Company|USA|ORG|Dow Jones,Dow Jones & Co.|Dow Jones|
twa||Trans World Airlines|USA|ORG|TWA|TWA|
rjr-nabisco||RJR Nabisco|USA|ORG|RJR|RJR Nabisco|
isaf||International Security Assistance Force|AFG|ORG|ISAF|ISAF,Internationale Sicherheitsunterstützungstruppe|
eta||Euskadi Ta Askatasuna|ESP|ORG|Basque separatist group ETA|ETA,baskische Untergrundorganisation ETA|
pvv||Party for Freedom|NLD|ORG|PVV|PVV,Partei für die Freiheit|
mdc-zimbabwe||Movement for Democratic Change|ZWE|ORG|MDC|MDC,Bewegung für demokratischen Wandel|
ndr||NDR|DEU|ORG|Norddeutscher Rundfunk|NDR,Norddeutscher Rundfunk|
tagesspiegel||Der Tagesspiegel|DEU|ORG|Tagesspiegel|Tagesspiegel,Der Tagesspiegel|
pbs||PBS|USA|ORG|Public Broadcasting Service|PBS,Public Broadcasting Service|
usgs||United States Geological Survey|USA|ORG|USGS,U.S. Geological Survey|USGS,US-Erdbebenwarte,US-Geologiebehörde|
youtube||YouTube|USA|ORG||YouTube|
bundesverwaltungsgericht||Federal Administrative Court|DEU|ORG||Bundesverwaltungsgericht|
wikinews||Wikinews||ORG||Wikinews|
wikipedia||Wikipedia||ORG||Wikipedia|
wikimedia||Wikimedia Foundation|USA|ORG|Wikimedia|Wikimedia Foundation,Wikimedia|
# parties, agencies, courts and media of 2024-2026 news
cdu-csu||CDU/CSU|DEU|ORG|Union parties|CDU/CSU,Unionsfraktion,Unionsparteien|
freie-waehler||Free Voters|DEU|ORG||Freie Wähler,Freien Wähler|
bundesbank||Deutsche Bundesbank|DEU|ORG|Bundesbank|Deutsche Bundesbank,Bundesbank|
rheinmetall||Rheinmetall|DEU|ORG||Rheinmetall|
ovp||Austrian People's Party|AUT|ORG|ÖVP|ÖVP,Österreichische Volkspartei|
fpo||Freedom Party of Austria|AUT|ORG|FPÖ|FPÖ,Freiheitliche Partei Österreichs|
spo||Social Democratic Party of Austria|AUT|ORG|SPÖ|SPÖ,Sozialdemokratische Partei Österreichs|
neos||NEOS|AUT|ORG||NEOS|
svp-switzerland||Swiss People's Party|CHE|ORG|SVP|SVP,Schweizerische Volkspartei|
pis||Law and Justice|POL|ORG|PiS|PiS,Recht und Gerechtigkeit|
civic-coalition||Civic Coalition|POL|ORG|Civic Platform|Bürgerkoalition,Bürgerplattform|
fidesz||Fidesz|HUN|ORG||Fidesz|
tisza-party||Tisza Party|HUN|ORG|Tisza|Tisza,Tisza-Partei|
ano-2011||ANO 2011|CZE|ORG|ANO|ANO,ANO 2011|
georgian-dream||Georgian Dream|GEO|ORG||Georgischer Traum,Georgische Traum,Georgischen Traum|
pas-moldova||Party of Action and Solidarity|MDA|ORG|PAS|PAS,Partei Aktion und Solidarität|
aur||Alliance for the Union of Romanians|ROU|ORG|AUR|AUR,Allianz für die Vereinigung der Rumänen|
palestinian-authority||Palestinian Authority|PSE|ORG|Palestinian National Authority|Palästinensische Autonomiebehörde,Palästinensischen Autonomiebehörde,Autonomiebehörde|
shin-bet||Shin Bet|ISR|ORG|Shabak,Israel Security Agency|Schin Bet,Inlandsgeheimdienst Schin Bet|
africa-corps||Africa Corps|RUS|ORG|Russian Africa Corps|Africa Corps,Afrikakorps|
rosatom||Rosatom|RUS|ORG||Rosatom|
opcw||OPCW||ORG|Organisation for the Prohibition of Chemical Weapons|OPCW,OVCW,Organisation für das Verbot chemischer Waffen|
echr||European Court of Human Rights||ORG|ECHR,ECtHR|Europäischer Gerichtshof für Menschenrechte,Europäische Gerichtshof für Menschenrechte,Europäischen Gerichtshof für Menschenrechte,EGMR|
cjeu||Court of Justice of the European Union||ORG|CJEU,European Court of Justice,ECJ|Europäischer Gerichtshof,Europäische Gerichtshof,Europäischen Gerichtshof,EuGH|
ecowas||ECOWAS||ORG|Economic Community of West African States|ECOWAS,Ecowas,Westafrikanische Wirtschaftsgemeinschaft|
mercosur||Mercosur||ORG||Mercosur|
al-jazeera||Al Jazeera|QAT|ORG|Al-Jazeera|Al Jazeera,Al-Dschasira|
financial-times||Financial Times|GBR|ORG||Financial Times|
politico||Politico|USA|ORG||Politico|
axios||Axios|USA|ORG||Axios|
nsa||National Security Agency|USA|ORG|NSA|NSA|
spacex||SpaceX|USA|ORG||SpaceX|
doge||Department of Government Efficiency|USA|ORG|DOGE|DOGE|
us-ice||U.S. Immigration and Customs Enforcement|USA|ORG|ICE|Einwanderungsbehörde ICE,US-Einwanderungsbehörde ICE|
# football clubs: named like their city or region ("Bayern München" is the club, not Bavaria and Munich)
fc-bayern-munich||FC Bayern Munich|DEU|ORG|Bayern Munich,FC Bayern|FC Bayern München,Bayern München,FC Bayern||Bayern
borussia-dortmund||Borussia Dortmund|DEU|ORG|BVB|Borussia Dortmund,BVB||Dortmund,Borussia
bayer-leverkusen||Bayer 04 Leverkusen|DEU|ORG|Bayer Leverkusen|Bayer 04 Leverkusen,Bayer Leverkusen||Leverkusen
rb-leipzig||RB Leipzig|DEU|ORG||RB Leipzig||Leipzig
eintracht-frankfurt||Eintracht Frankfurt|DEU|ORG||Eintracht Frankfurt||Eintracht,Frankfurt
vfb-stuttgart||VfB Stuttgart|DEU|ORG||VfB Stuttgart||VfB,Stuttgart
hamburger-sv||Hamburger SV|DEU|ORG|HSV|Hamburger SV,HSV|
fc-schalke-04||FC Schalke 04|DEU|ORG|Schalke 04|FC Schalke 04,Schalke 04||Schalke
borussia-monchengladbach||Borussia Mönchengladbach|DEU|ORG|Borussia Monchengladbach|Borussia Mönchengladbach|
werder-bremen||Werder Bremen|DEU|ORG|SV Werder Bremen|Werder Bremen,SV Werder Bremen||Werder,Bremen
fc-koln||1. FC Köln|DEU|ORG|FC Cologne|1. FC Köln|
union-berlin||1. FC Union Berlin|DEU|ORG|Union Berlin|1. FC Union Berlin,Union Berlin|
hertha-bsc||Hertha BSC|DEU|ORG|Hertha Berlin|Hertha BSC|
real-madrid||Real Madrid|ESP|ORG|Real Madrid CF|Real Madrid||Real
fc-barcelona||FC Barcelona|ESP|ORG|Barcelona FC|FC Barcelona||Barcelona,Barça
atletico-madrid||Atlético Madrid|ESP|ORG|Atletico Madrid|Atlético Madrid,Atletico Madrid|
manchester-united||Manchester United|GBR|ORG|Man United|Manchester United|
manchester-city||Manchester City|GBR|ORG|Man City|Manchester City|
liverpool-fc||Liverpool FC|GBR|ORG|FC Liverpool|FC Liverpool||Liverpool
arsenal-fc||Arsenal FC|GBR|ORG|Arsenal London|FC Arsenal|
chelsea-fc||Chelsea FC|GBR|ORG|FC Chelsea|FC Chelsea|
juventus||Juventus|ITA|ORG|Juventus Turin,Juventus FC|Juventus Turin||Juve
inter-milan||Inter Milan|ITA|ORG|Internazionale|Inter Mailand|
ac-milan||AC Milan|ITA|ORG||AC Mailand|
paris-saint-germain||Paris Saint-Germain|FRA|ORG|PSG|Paris Saint-Germain,PSG|
"""


def build(state_ids: dict[str, str]) -> list[dict]:
    out = []
    for raw in ORGS.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        if len(f) not in (8, 9):
            raise SystemExit(f"build_kb_data_orgs: need 8 or 9 fields: {line}")
        slug, qid, name, a3, typ, en, de, met, short = (f + [""])[:9]
        rec = {"id": qid or f"chronik:org-{slug}", "name": name, "type": typ, "country": a3 or None,
               "aliases": {"en": list(dict.fromkeys([name] + [x for x in en.split(",") if x])),
                           "de": list(dict.fromkeys(x for x in de.split(",") if x))}}
        if met:
            rec["metonym_of"] = state_ids[met]
        if short:
            rec["short"] = [x for x in short.split(",") if x]
        out.append(rec)
    return out


def id_map() -> dict[str, str]:
    """chronik:org-<slug> -> the id the record is written under."""
    out = {}
    for raw in ORGS.strip().splitlines():
        f = raw.strip().split("|")
        if len(f) in (8, 9) and not raw.startswith("#"):
            out[f"chronik:org-{f[0]}"] = f[1] or f"chronik:org-{f[0]}"
    return out
