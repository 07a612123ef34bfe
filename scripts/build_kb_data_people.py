"""People with dated roles for the bundled KB (facts written by the team).

Format, one record per block:
  P|id|name|alpha-3|more English names|German names|short forms
  R|role key|country alpha-3 or org id|start|end|title (optional)|German title (optional)
An id "?" means no Wikidata id could be checked: the record gets chronik:per-<slug>; a Q-id
is written only where it was checked against public Wikidata-derived data. Empty end = still
held. Dates: the day the term began and the day it ended (the successor's first day); YYYY-MM
where only the month is known. Short forms default to the last word of the name.
"""

from __future__ import annotations

import re

# Default role titles by (key, country): (English, German).
TITLES = {
    ("head_of_state", "RUS"): ("President of Russia", "Präsident Russlands"),
    ("head_of_government", "RUS"): ("Prime Minister of Russia", "Ministerpräsident Russlands"),
    ("foreign_minister", "RUS"): ("Minister of Foreign Affairs of Russia", "Außenminister Russlands"),
    ("defence_minister", "RUS"): ("Minister of Defence of Russia", "Verteidigungsminister Russlands"),
    ("security_council_secretary", "RUS"): ("Secretary of the Security Council of Russia", "Sekretär des russischen Sicherheitsrats"),
    ("head_of_state", "UKR"): ("President of Ukraine", "Präsident der Ukraine"),
    ("head_of_government", "UKR"): ("Prime Minister of Ukraine", "Ministerpräsident der Ukraine"),
    ("foreign_minister", "UKR"): ("Minister of Foreign Affairs of Ukraine", "Außenminister der Ukraine"),
    ("defence_minister", "UKR"): ("Minister of Defence of Ukraine", "Verteidigungsminister der Ukraine"),
    ("security_council_secretary", "UKR"): ("Secretary of the National Security and Defense Council of Ukraine", "Sekretär des Nationalen Sicherheits- und Verteidigungsrats der Ukraine"),
    ("head_of_state", "USA"): ("President of the United States", "Präsident der Vereinigten Staaten"),
    ("deputy_head_of_state", "USA"): ("Vice President of the United States", "Vizepräsident der Vereinigten Staaten"),
    ("foreign_minister", "USA"): ("United States Secretary of State", "Außenminister der Vereinigten Staaten"),
    ("defence_minister", "USA"): ("United States Secretary of Defense", "Verteidigungsminister der Vereinigten Staaten"),
    ("security_council_secretary", "USA"): ("United States National Security Advisor", "Nationaler Sicherheitsberater der USA"),
    ("finance_minister", "USA"): ("United States Secretary of the Treasury", "Finanzminister der Vereinigten Staaten"),
    ("head_of_state", "DEU"): ("President of Germany", "Bundespräsident"),
    ("head_of_government", "DEU"): ("Chancellor of Germany", "Bundeskanzler"),
    ("foreign_minister", "DEU"): ("Federal Minister for Foreign Affairs", "Bundesaußenminister"),
    ("defence_minister", "DEU"): ("Federal Minister of Defence", "Bundesverteidigungsminister"),
    ("finance_minister", "DEU"): ("Federal Minister of Finance", "Bundesfinanzminister"),
    ("interior_minister", "DEU"): ("Federal Minister of the Interior", "Bundesinnenminister"),
    ("deputy_head_of_government", "DEU"): ("Vice-Chancellor of Germany", "Vizekanzler"),
    ("head_of_state", "FRA"): ("President of France", "Präsident Frankreichs"),
    ("head_of_government", "FRA"): ("Prime Minister of France", "Premierminister Frankreichs"),
    ("foreign_minister", "FRA"): ("Minister for Europe and Foreign Affairs of France", "Außenminister Frankreichs"),
    ("defence_minister", "FRA"): ("Minister of the Armed Forces of France", "Verteidigungsminister Frankreichs"),
    ("head_of_state", "GBR"): ("Monarch of the United Kingdom", "Staatsoberhaupt des Vereinigten Königreichs"),
    ("head_of_government", "GBR"): ("Prime Minister of the United Kingdom", "Premierminister des Vereinigten Königreichs"),
    ("foreign_minister", "GBR"): ("Foreign Secretary of the United Kingdom", "Außenminister des Vereinigten Königreichs"),
    ("defence_minister", "GBR"): ("Secretary of State for Defence of the United Kingdom", "Verteidigungsminister des Vereinigten Königreichs"),
    ("finance_minister", "GBR"): ("Chancellor of the Exchequer", "Schatzkanzler"),
    ("interior_minister", "GBR"): ("Home Secretary", "Innenminister des Vereinigten Königreichs"),
    ("head_of_state", "CHN"): ("President of China", "Staatspräsident Chinas"),
    ("head_of_government", "CHN"): ("Premier of China", "Ministerpräsident Chinas"),
    ("foreign_minister", "CHN"): ("Minister of Foreign Affairs of China", "Außenminister Chinas"),
    ("defence_minister", "CHN"): ("Minister of National Defense of China", "Verteidigungsminister Chinas"),
    ("spokesperson", "CHN"): ("Spokesperson of the Ministry of Foreign Affairs of China", "Sprecher des chinesischen Außenministeriums"),
    ("head_of_state", "JPN"): ("Emperor of Japan", "Kaiser von Japan"),
    ("head_of_government", "JPN"): ("Prime Minister of Japan", "Premierminister Japans"),
    ("foreign_minister", "JPN"): ("Minister for Foreign Affairs of Japan", "Außenminister Japans"),
    ("defence_minister", "JPN"): ("Minister of Defense of Japan", "Verteidigungsminister Japans"),
    ("head_of_state", "KOR"): ("President of South Korea", "Präsident Südkoreas"),
    ("head_of_government", "KOR"): ("Prime Minister of South Korea", "Ministerpräsident Südkoreas"),
    ("foreign_minister", "KOR"): ("Minister of Foreign Affairs of South Korea", "Außenminister Südkoreas"),
    ("defence_minister", "KOR"): ("Minister of National Defense of South Korea", "Verteidigungsminister Südkoreas"),
    ("head_of_state", "PRK"): ("Supreme Leader of North Korea", "Machthaber Nordkoreas"),
    ("head_of_government", "PRK"): ("Premier of North Korea", "Regierungschef Nordkoreas"),
    ("foreign_minister", "PRK"): ("Minister of Foreign Affairs of North Korea", "Außenministerin Nordkoreas"),
    ("defence_minister", "PRK"): ("Minister of Defence of North Korea", "Verteidigungsminister Nordkoreas"),
    ("head_of_state", "IND"): ("President of India", "Präsident Indiens"),
    ("head_of_government", "IND"): ("Prime Minister of India", "Premierminister Indiens"),
    ("foreign_minister", "IND"): ("Minister of External Affairs of India", "Außenminister Indiens"),
    ("defence_minister", "IND"): ("Minister of Defence of India", "Verteidigungsminister Indiens"),
    ("security_council_secretary", "IND"): ("National Security Advisor of India", "Nationaler Sicherheitsberater Indiens"),
    ("head_of_state", "TUR"): ("President of Turkey", "Präsident der Türkei"),
    ("head_of_government", "TUR"): ("Prime Minister of Turkey", "Ministerpräsident der Türkei"),
    ("foreign_minister", "TUR"): ("Minister of Foreign Affairs of Turkey", "Außenminister der Türkei"),
    ("defence_minister", "TUR"): ("Minister of National Defence of Turkey", "Verteidigungsminister der Türkei"),
    ("intelligence_chief", "TUR"): ("Director of the National Intelligence Organization (MIT)", "Chef des Geheimdienstes MIT"),
    ("head_of_state", "ISR"): ("President of Israel", "Präsident Israels"),
    ("head_of_government", "ISR"): ("Prime Minister of Israel", "Ministerpräsident Israels"),
    ("foreign_minister", "ISR"): ("Minister of Foreign Affairs of Israel", "Außenminister Israels"),
    ("defence_minister", "ISR"): ("Minister of Defense of Israel", "Verteidigungsminister Israels"),
    ("military_chief", "ISR"): ("Chief of the General Staff of the Israel Defense Forces", "Generalstabschef der israelischen Armee"),
    ("head_of_state", "IRN"): ("Supreme Leader of Iran", "Oberster Führer Irans"),
    ("head_of_government", "IRN"): ("President of Iran", "Präsident Irans"),
    ("foreign_minister", "IRN"): ("Minister of Foreign Affairs of Iran", "Außenminister Irans"),
    ("defence_minister", "IRN"): ("Minister of Defence of Iran", "Verteidigungsminister Irans"),
    ("head_of_state", "SAU"): ("King of Saudi Arabia", "König von Saudi-Arabien"),
    ("head_of_government", "SAU"): ("Prime Minister of Saudi Arabia", "Ministerpräsident Saudi-Arabiens"),
    ("deputy_head_of_state", "SAU"): ("Crown Prince of Saudi Arabia", "Kronprinz Saudi-Arabiens"),
    ("foreign_minister", "SAU"): ("Minister of Foreign Affairs of Saudi Arabia", "Außenminister Saudi-Arabiens"),
    ("defence_minister", "SAU"): ("Minister of Defense of Saudi Arabia", "Verteidigungsminister Saudi-Arabiens"),
    ("head_of_state", "BRA"): ("President of Brazil", "Präsident Brasiliens"),
    ("foreign_minister", "BRA"): ("Minister of Foreign Affairs of Brazil", "Außenminister Brasiliens"),
    ("defence_minister", "BRA"): ("Minister of Defence of Brazil", "Verteidigungsminister Brasiliens"),
    ("head_of_government", "CAN"): ("Prime Minister of Canada", "Premierminister Kanadas"),
    ("foreign_minister", "CAN"): ("Minister of Foreign Affairs of Canada", "Außenminister Kanadas"),
    ("defence_minister", "CAN"): ("Minister of National Defence of Canada", "Verteidigungsminister Kanadas"),
    ("head_of_state", "ITA"): ("President of Italy", "Präsident Italiens"),
    ("head_of_government", "ITA"): ("Prime Minister of Italy", "Ministerpräsident Italiens"),
    ("foreign_minister", "ITA"): ("Minister of Foreign Affairs of Italy", "Außenminister Italiens"),
    ("defence_minister", "ITA"): ("Minister of Defence of Italy", "Verteidigungsminister Italiens"),
    ("head_of_government", "AUS"): ("Prime Minister of Australia", "Premierminister Australiens"),
    ("foreign_minister", "AUS"): ("Minister for Foreign Affairs of Australia", "Außenminister Australiens"),
    ("defence_minister", "AUS"): ("Minister for Defence of Australia", "Verteidigungsminister Australiens"),
    ("head_of_state", "MEX"): ("President of Mexico", "Präsident Mexikos"),
    ("head_of_state", "ARG"): ("President of Argentina", "Präsident Argentiniens"),
    ("head_of_state", "ZAF"): ("President of South Africa", "Präsident Südafrikas"),
    ("head_of_state", "IDN"): ("President of Indonesia", "Präsident Indonesiens"),
    ("foreign_minister", "IDN"): ("Minister of Foreign Affairs of Indonesia", "Außenminister Indonesiens"),
    ("defence_minister", "IDN"): ("Minister of Defence of Indonesia", "Verteidigungsminister Indonesiens"),
    ("head_of_state", "SYR"): ("President of Syria", "Präsident Syriens"),
    ("head_of_state", "BLR"): ("President of Belarus", "Präsident von Belarus"),
    ("head_of_state", "POL"): ("President of Poland", "Präsident Polens"),
    ("head_of_government", "POL"): ("Prime Minister of Poland", "Ministerpräsident Polens"),
    ("foreign_minister", "POL"): ("Minister of Foreign Affairs of Poland", "Außenminister Polens"),
    ("defence_minister", "POL"): ("Minister of National Defence of Poland", "Verteidigungsminister Polens"),
    ("head_of_government", "HUN"): ("Prime Minister of Hungary", "Ministerpräsident Ungarns"),
    ("foreign_minister", "HUN"): ("Minister of Foreign Affairs of Hungary", "Außenminister Ungarns"),
    ("head_of_state", "AUT"): ("President of Austria", "Bundespräsident Österreichs"),
    ("head_of_government", "AUT"): ("Chancellor of Austria", "Bundeskanzler Österreichs"),
    ("foreign_minister", "AUT"): ("Minister of Foreign Affairs of Austria", "Außenminister Österreichs"),
    ("defence_minister", "AUT"): ("Minister of Defence of Austria", "Verteidigungsministerin Österreichs"),
    ("head_of_government", "ESP"): ("Prime Minister of Spain", "Ministerpräsident Spaniens"),
    ("head_of_government", "NLD"): ("Prime Minister of the Netherlands", "Ministerpräsident der Niederlande"),
    ("head_of_state", "FIN"): ("President of Finland", "Präsident Finnlands"),
    ("head_of_government", "FIN"): ("Prime Minister of Finland", "Ministerpräsident Finnlands"),
    ("head_of_government", "SWE"): ("Prime Minister of Sweden", "Ministerpräsident Schwedens"),
    ("head_of_government", "NOR"): ("Prime Minister of Norway", "Ministerpräsident Norwegens"),
    ("head_of_government", "DNK"): ("Prime Minister of Denmark", "Ministerpräsidentin Dänemarks"),
    ("head_of_government", "GRC"): ("Prime Minister of Greece", "Ministerpräsident Griechenlands"),
    ("head_of_government", "EST"): ("Prime Minister of Estonia", "Ministerpräsidentin Estlands"),
    ("head_of_state", "EGY"): ("President of Egypt", "Präsident Ägyptens"),
    ("head_of_state", "PSE"): ("President of the State of Palestine", "Präsident der Palästinensischen Autonomiebehörde"),
    ("head_of_state", "TWN"): ("President of Taiwan", "Präsident Taiwans"),
    ("head_of_state", "VEN"): ("President of Venezuela", "Präsident Venezuelas"),
    ("head_of_state", "LBN"): ("President of Lebanon", "Präsident des Libanon"),
    ("head_of_government", "LBN"): ("Prime Minister of Lebanon", "Ministerpräsident des Libanon"),
    ("head_of_government", "PAK"): ("Prime Minister of Pakistan", "Premierminister Pakistans"),
    ("military_chief", "PAK"): ("Chief of Army Staff of Pakistan", "Armeechef Pakistans"),
    ("head_of_state", "ARE"): ("President of the United Arab Emirates", "Präsident der Vereinigten Arabischen Emirate"),
    ("head_of_state", "QAT"): ("Emir of Qatar", "Emir von Katar"),
    ("head_of_state", "JOR"): ("King of Jordan", "König von Jordanien"),
    ("head_of_state", "VAT"): ("Pope", "Papst"),
    ("head_of_state", "SRB"): ("President of Serbia", "Präsident Serbiens"),
    ("head_of_state", "MDA"): ("President of Moldova", "Präsidentin der Republik Moldau"),
    ("head_of_government", "SVK"): ("Prime Minister of Slovakia", "Ministerpräsident der Slowakei"),
    ("head_of_state", "CZE"): ("President of the Czech Republic", "Präsident Tschechiens"),
    ("head_of_government", "ARM"): ("Prime Minister of Armenia", "Ministerpräsident Armeniens"),
    ("head_of_state", "AZE"): ("President of Azerbaijan", "Präsident Aserbaidschans"),
    ("head_of_state", "KAZ"): ("President of Kazakhstan", "Präsident Kasachstans"),
    ("head_of_state", "NGA"): ("President of Nigeria", "Präsident Nigerias"),
    ("head_of_government", "ETH"): ("Prime Minister of Ethiopia", "Ministerpräsident Äthiopiens"),
    ("head_of_state", "KEN"): ("President of Kenya", "Präsident Kenias"),
    ("head_of_state", "PHL"): ("President of the Philippines", "Präsident der Philippinen"),
    ("head_of_state", "CUB"): ("President of Cuba", "Präsident Kubas"),
    ("head_of_state", "ROU"): ("President of Romania", "Präsident Rumäniens"),
    ("head_of_state", "LTU"): ("President of Lithuania", "Präsident Litauens"),
    ("head_of_state", "LVA"): ("President of Latvia", "Präsident Lettlands"),
    ("head_of_state", "EST"): ("President of Estonia", "Präsident Estlands"),
    ("head_of_government", "BEL"): ("Prime Minister of Belgium", "Premierminister Belgiens"),
    ("head_of_state", "AFG"): ("Supreme Leader of Afghanistan", "Oberster Führer Afghanistans"),
    ("head_of_government", "AFG"): ("Prime Minister of Afghanistan", "Regierungschef Afghanistans"),
    ("head_of_government", "IRQ"): ("Prime Minister of Iraq", "Ministerpräsident des Irak"),
    ("head_of_state", "UZB"): ("President of Uzbekistan", "Präsident Usbekistans"),
    ("head_of_state", "GEO"): ("President of Georgia", "Präsident Georgiens"),
    ("head_of_government", "GEO"): ("Prime Minister of Georgia", "Ministerpräsident Georgiens"),
}

PEOPLE = """
# --- Russia ---
P|Q7747|Vladimir Putin|RUS|Vladimir Vladimirovich Putin,Wladimir Putin|Wladimir Putin,Wladimir Wladimirowitsch Putin,Vladimir Putin|Putin
R|head_of_state|RUS|2000-05-07|2008-05-07
R|head_of_government|RUS|2008-05-08|2012-05-07
R|head_of_state|RUS|2012-05-07|
P|Q23530|Dmitry Medvedev|RUS|Dmitri Medvedev,Dmitriy Medvedev,Dmitry Anatolyevich Medvedev|Dmitri Medwedew,Dmitrij Medwedew|Medvedev,Medwedew
R|head_of_state|RUS|2008-05-07|2012-05-07
R|head_of_government|RUS|2012-05-08|2020-01-16
R|office|RUS|2020-01-16||Deputy Chairman of the Security Council of Russia|Vizechef des russischen Sicherheitsrats
P|?|Mikhail Mishustin|RUS|Mikhail Vladimirovich Mishustin|Michail Mischustin|Mishustin,Mischustin
R|head_of_government|RUS|2020-01-16|
P|?|Sergey Lavrov|RUS|Sergei Lavrov,Sergei Viktorovich Lavrov|Sergej Lawrow,Sergei Lawrow|Lavrov,Lawrow
R|foreign_minister|RUS|2004-03-09|
P|Q32024|Sergei Shoigu|RUS|Sergey Shoigu,Sergei Kuzhugetovich Shoigu,Sergey Shoygu,Sergei Shoygu|Sergej Schoigu,Sergei Schoigu,Sergej Kuschugetowitsch Schoigu|Shoigu,Schoigu,Shoygu
R|defence_minister|RUS|2012-11-06|2024-05-12
R|security_council_secretary|RUS|2024-05-12|
P|?|Andrey Belousov|RUS|Andrei Belousov,Andrei Removich Belousov|Andrej Belousow,Andrei Beloussow,Andrej Beloussow|Belousov,Belousow,Beloussow
R|deputy_head_of_government|RUS|2020-01-21|2024-05-14|First Deputy Prime Minister of Russia|Erster Vizeregierungschef Russlands
R|defence_minister|RUS|2024-05-12|
P|?|Nikolai Patrushev|RUS|Nikolay Patrushev|Nikolai Patruschew|Patrushev,Patruschew
R|security_council_secretary|RUS|2008-05-12|2024-05-12
R|office|RUS|2024-05-14||Aide to the President of Russia|Berater des russischen Präsidenten
P|?|Dmitry Peskov|RUS|Dmitri Peskov|Dmitri Peskow,Dmitrij Peskow|Peskov,Peskow
R|spokesperson|RUS|2012-05-22||Press Secretary of the President of Russia|Kremlsprecher
P|?|Maria Zakharova|RUS|Maria Vladimirovna Zakharova|Maria Sacharowa|Zakharova,Sacharowa
R|spokesperson|RUS|2015-08-10||Spokeswoman of the Ministry of Foreign Affairs of Russia|Sprecherin des russischen Außenministeriums
P|?|Valery Gerasimov|RUS|Valeriy Gerasimov|Waleri Gerassimow,Waleri Gerasimow|Gerasimov,Gerassimow,Gerasimow
R|military_chief|RUS|2012-11-09||Chief of the General Staff of the Russian Armed Forces|Generalstabschef der russischen Armee
P|?|Vasily Nebenzya|RUS|Vassily Nebenzia,Vasily Nebenzia|Wassili Nebensja|Nebenzya,Nebenzia,Nebensja
R|ambassador|RUS|2017-07-27||Permanent Representative of Russia to the United Nations|UN-Botschafter Russlands
P|?|Yevgeny Prigozhin|RUS|Yevgeniy Prigozhin,Evgeny Prigozhin|Jewgeni Prigoschin,Jewgenij Prigoschin|Prigozhin,Prigoschin
R|leader|chronik:org-wagner-group|2014|2023-08-23|Head of the Wagner Group|Chef der Wagner-Gruppe
P|?|Sergey Naryshkin|RUS|Sergei Naryshkin|Sergej Naryschkin|Naryshkin,Naryschkin
R|intelligence_chief|RUS|2016-10-05||Director of the Foreign Intelligence Service of Russia|Chef des Auslandsgeheimdienstes SWR
P|?|Alexander Bortnikov|RUS|Aleksandr Bortnikov|Alexander Bortnikow|Bortnikov,Bortnikow
R|intelligence_chief|RUS|2008-05-12||Director of the Federal Security Service (FSB)|Chef des Inlandsgeheimdienstes FSB
P|?|Ramzan Kadyrov|RUS|Ramzan Akhmatovich Kadyrov|Ramsan Kadyrow|Kadyrov,Kadyrow
R|leader|RUS|2007-03-02||Head of the Chechen Republic|Republikchef Tschetscheniens
P|?|Valentina Matviyenko|RUS|Valentina Matvienko|Walentina Matwijenko|Matviyenko,Matwijenko
R|speaker|RUS|2011-09-21||Chairwoman of the Federation Council of Russia|Vorsitzende des Föderationsrats
P|?|Vyacheslav Volodin|RUS|Viacheslav Volodin|Wjatscheslaw Wolodin|Volodin,Wolodin
R|speaker|RUS|2016-10-05||Chairman of the State Duma|Vorsitzender der Staatsduma
P|?|Elvira Nabiullina|RUS||Elwira Nabiullina|Nabiullina
R|central_bank_governor|RUS|2013-06-24||Governor of the Central Bank of Russia|Chefin der russischen Zentralbank
P|?|Yuri Ushakov|RUS|Yury Ushakov|Juri Uschakow|Ushakov,Uschakow
R|office|RUS|2012-05-21||Foreign Policy Aide to the President of Russia|außenpolitischer Berater des Kremls
P|?|Kirill Dmitriev|RUS||Kirill Dmitrijew|Dmitriev,Dmitrijew
R|office|RUS|2011||CEO of the Russian Direct Investment Fund|Chef des russischen Staatsfonds RDIF
# --- Ukraine ---
P|Q3874799|Volodymyr Zelenskyy|UKR|Volodymyr Zelensky,Volodymyr Zelenskiy,Vladimir Zelensky,Volodymyr Oleksandrovych Zelenskyy|Wolodymyr Selenskyj,Wladimir Selenski,Wolodymyr Selenski|Zelenskyy,Zelensky,Zelenskiy,Selenskyj,Selenski
R|head_of_state|UKR|2019-05-20|
P|?|Petro Poroshenko|UKR|Petro Oleksiyovych Poroshenko|Petro Poroschenko|Poroshenko,Poroschenko
R|head_of_state|UKR|2014-06-07|2019-05-20
P|?|Denys Shmyhal|UKR|Denys Shmygal|Denys Schmyhal|Shmyhal,Schmyhal
R|head_of_government|UKR|2020-03-04|2025-07-17
R|defence_minister|UKR|2025-07-17|
P|?|Yulia Svyrydenko|UKR|Yuliia Svyrydenko|Julija Swyrydenko|Svyrydenko,Swyrydenko
R|head_of_government|UKR|2025-07-17|
P|?|Volodymyr Groysman|UKR|Volodymyr Hroisman|Wolodymyr Hrojsman|Groysman,Hroisman,Hrojsman
R|head_of_government|UKR|2016-04-14|2019-08-29
P|?|Oleksiy Honcharuk|UKR|Oleksii Honcharuk|Oleksij Hontscharuk|Honcharuk,Hontscharuk
R|head_of_government|UKR|2019-08-29|2020-03-04
P|?|Dmytro Kuleba|UKR||Dmytro Kuleba|Kuleba
R|foreign_minister|UKR|2020-03-04|2024-09-05
P|?|Andrii Sybiha|UKR|Andriy Sybiha|Andrij Sybiha|Sybiha
R|foreign_minister|UKR|2024-09-05|
P|?|Pavlo Klimkin|UKR||Pawlo Klimkin|Klimkin
R|foreign_minister|UKR|2014-06-19|2019-08-29
P|?|Vadym Prystaiko|UKR||Wadym Prystajko|Prystaiko,Prystajko
R|foreign_minister|UKR|2019-08-29|2020-03-04
P|?|Stepan Poltorak|UKR||Stepan Poltorak|Poltorak
R|defence_minister|UKR|2014-10-14|2019-08-29
P|?|Andriy Zagorodnyuk|UKR|Andrii Zahorodniuk|Andrij Sahorodnjuk|Zagorodnyuk,Zahorodniuk,Sahorodnjuk
R|defence_minister|UKR|2019-08-29|2020-03-04
P|?|Andrii Taran|UKR|Andriy Taran|Andrij Taran|Taran
R|defence_minister|UKR|2020-03-04|2021-11-03
P|?|Oleksii Reznikov|UKR|Oleksiy Reznikov|Oleksij Resnikow|Reznikov,Resnikow
R|defence_minister|UKR|2021-11-04|2023-09-05
P|?|Rustem Umerov|UKR||Rustem Umjerow,Rustem Umerow|Umerov,Umerow,Umjerow
R|defence_minister|UKR|2023-09-06|2025-07-17
R|security_council_secretary|UKR|2025-07-17|
P|?|Valerii Zaluzhnyi|UKR|Valery Zaluzhny|Walerij Saluschnyj|Zaluzhnyi,Zaluzhny,Saluschnyj
R|military_chief|UKR|2021-07-27|2024-02-08|Commander-in-Chief of the Armed Forces of Ukraine|Oberbefehlshaber der ukrainischen Armee
P|?|Oleksandr Syrskyi|UKR|Oleksandr Syrsky|Oleksandr Syrskyj|Syrskyi,Syrsky,Syrskyj
R|military_chief|UKR|2024-02-08||Commander-in-Chief of the Armed Forces of Ukraine|Oberbefehlshaber der ukrainischen Armee
P|?|Andriy Yermak|UKR|Andrii Yermak|Andrij Jermak|Yermak,Jermak
R|office|UKR|2020-02-11||Head of the Office of the President of Ukraine|Leiter des ukrainischen Präsidialamts
P|?|Kyrylo Budanov|UKR|Kirill Budanov|Kyrylo Budanow|Budanov,Budanow
R|intelligence_chief|UKR|2020-08-05||Chief of the Defence Intelligence of Ukraine (HUR)|Chef des ukrainischen Militärgeheimdienstes HUR
P|?|Oleksiy Danilov|UKR|Oleksii Danilov|Oleksij Danilow|Danilov,Danilow
R|security_council_secretary|UKR|2019-10-03|2024-03-26
P|?|Oleksandr Lytvynenko|UKR||Oleksandr Lytwynenko|Lytvynenko,Lytwynenko
R|security_council_secretary|UKR|2024-03-26|2025-07-17
P|?|Vitali Klitschko|UKR|Vitaliy Klitschko|Vitali Klitschko,Witali Klitschko|Klitschko
R|office|UKR|2014-06-05||Mayor of Kyiv|Bürgermeister von Kiew
# --- United States ---
P|Q76|Barack Obama|USA|Barack Hussein Obama|Barack Obama|Obama
R|head_of_state|USA|2009-01-20|2017-01-20
P|Q22686|Donald Trump|USA|Donald J. Trump,Donald John Trump|Donald Trump|Trump
R|head_of_state|USA|2017-01-20|2021-01-20
R|head_of_state|USA|2025-01-20|
P|Q6279|Joe Biden|USA|Joseph R. Biden,Joseph Robinette Biden,Joe Biden Jr.|Joe Biden|Biden
R|deputy_head_of_state|USA|2009-01-20|2017-01-20
R|head_of_state|USA|2021-01-20|2025-01-20
P|?|Kamala Harris|USA|Kamala Devi Harris|Kamala Harris|Harris
R|deputy_head_of_state|USA|2021-01-20|2025-01-20
P|?|Mike Pence|USA|Michael Pence,Michael Richard Pence|Mike Pence|Pence
R|deputy_head_of_state|USA|2017-01-20|2021-01-20
P|?|JD Vance|USA|J. D. Vance,James David Vance,J.D. Vance|JD Vance,J.D. Vance|Vance
R|deputy_head_of_state|USA|2025-01-20|
P|?|John Kerry|USA|John Forbes Kerry|John Kerry|Kerry
R|foreign_minister|USA|2013-02-01|2017-01-20
P|?|Rex Tillerson|USA||Rex Tillerson|Tillerson
R|foreign_minister|USA|2017-02-01|2018-03-31
P|?|Mike Pompeo|USA|Michael Pompeo|Mike Pompeo|Pompeo
R|foreign_minister|USA|2018-04-26|2021-01-20
P|?|Antony Blinken|USA|Tony Blinken,Antony John Blinken|Antony Blinken|Blinken
R|foreign_minister|USA|2021-01-26|2025-01-20
P|?|Marco Rubio|USA|Marco Antonio Rubio|Marco Rubio|Rubio
R|foreign_minister|USA|2025-01-21|
R|security_council_secretary|USA|2025-05-01||United States National Security Advisor (acting)|Nationaler Sicherheitsberater der USA (kommissarisch)
P|?|Ash Carter|USA|Ashton Carter|Ashton Carter|Carter
R|defence_minister|USA|2015-02-17|2017-01-20
P|?|Jim Mattis|USA|James Mattis,James N. Mattis|James Mattis|Mattis
R|defence_minister|USA|2017-01-20|2019-01-01
P|?|Mark Esper|USA|Mark Thomas Esper|Mark Esper|Esper
R|defence_minister|USA|2019-07-23|2020-11-09
P|?|Lloyd Austin|USA|Lloyd J. Austin,Lloyd James Austin III|Lloyd Austin|Austin
R|defence_minister|USA|2021-01-22|2025-01-20
P|?|Pete Hegseth|USA|Peter Hegseth,Peter Brian Hegseth|Pete Hegseth|Hegseth
R|defence_minister|USA|2025-01-25||United States Secretary of Defense (Secretary of War)|US-Verteidigungsminister (Kriegsminister)
P|?|Jake Sullivan|USA||Jake Sullivan|Sullivan
R|security_council_secretary|USA|2021-01-20|2025-01-20
P|?|Mike Waltz|USA|Michael Waltz|Mike Waltz|Waltz
R|security_council_secretary|USA|2025-01-20|2025-05-01
P|?|Janet Yellen|USA|Janet Louise Yellen|Janet Yellen|Yellen
R|finance_minister|USA|2021-01-26|2025-01-20
P|?|Scott Bessent|USA||Scott Bessent|Bessent
R|finance_minister|USA|2025-01-28|
P|?|Karoline Leavitt|USA||Karoline Leavitt|Leavitt
R|spokesperson|USA|2025-01-20||White House Press Secretary|Sprecherin des Weißen Hauses
P|?|Jerome Powell|USA|Jay Powell,Jerome H. Powell|Jerome Powell|Powell
R|central_bank_governor|USA|2018-02-05||Chair of the Federal Reserve|Chef der US-Notenbank Fed
P|?|Mike Johnson|USA|James Michael Johnson|Mike Johnson|Johnson
R|speaker|USA|2023-10-25||Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Steve Witkoff|USA|Steven Witkoff|Steve Witkoff|Witkoff
R|ambassador|USA|2025-01-20||United States Special Envoy|US-Sondergesandter
P|?|John Ratcliffe|USA||John Ratcliffe|Ratcliffe
R|intelligence_chief|USA|2025-01-23||Director of the Central Intelligence Agency|CIA-Direktor
P|?|Tulsi Gabbard|USA||Tulsi Gabbard|Gabbard
R|intelligence_chief|USA|2025-02-12||Director of National Intelligence|Geheimdienstkoordinatorin der USA
P|?|Linda Thomas-Greenfield|USA||Linda Thomas-Greenfield|Thomas-Greenfield
R|ambassador|USA|2021-02-25|2025-01-20|United States Ambassador to the United Nations|UN-Botschafterin der USA
P|?|Hillary Clinton|USA|Hillary Rodham Clinton|Hillary Clinton|Clinton
R|foreign_minister|USA|2009-01-21|2013-02-01
# --- Germany ---
P|Q567|Angela Merkel|DEU|Angela Dorothea Merkel|Angela Merkel|Merkel
R|head_of_government|DEU|2005-11-22|2021-12-08|Chancellor of Germany|Bundeskanzlerin
P|Q61053|Olaf Scholz|DEU||Olaf Scholz|Scholz
R|finance_minister|DEU|2018-03-14|2021-12-08
R|deputy_head_of_government|DEU|2018-03-14|2021-12-08
R|head_of_government|DEU|2021-12-08|2025-05-06
P|?|Friedrich Merz|DEU|Friedrich Merz|Friedrich Merz|Merz
R|head_of_government|DEU|2025-05-06|
R|leader|chronik:org-cdu|2022-01-31||Chairman of the CDU|CDU-Vorsitzender
P|?|Frank-Walter Steinmeier|DEU||Frank-Walter Steinmeier|Steinmeier
R|foreign_minister|DEU|2005-11-22|2009-10-28
R|foreign_minister|DEU|2013-12-17|2017-01-27
R|head_of_state|DEU|2017-03-19|
P|?|Joachim Gauck|DEU||Joachim Gauck|Gauck
R|head_of_state|DEU|2012-03-18|2017-03-18
P|?|Sigmar Gabriel|DEU||Sigmar Gabriel|Gabriel
R|foreign_minister|DEU|2017-01-27|2018-03-14
P|Q108447|Heiko Maas|DEU||Heiko Maas|Maas
R|foreign_minister|DEU|2018-03-14|2021-12-08
P|?|Annalena Baerbock|DEU||Annalena Baerbock|Baerbock
R|foreign_minister|DEU|2021-12-08|2025-05-06|Federal Minister for Foreign Affairs|Bundesaußenministerin
R|secretary_general|chronik:org-un-general-assembly|2025-09-09||President of the United Nations General Assembly|Präsidentin der UN-Generalversammlung
P|?|Johann Wadephul|DEU||Johann Wadephul|Wadephul
R|foreign_minister|DEU|2025-05-06|
P|Q60772|Ursula von der Leyen|DEU|Ursula Gertrud von der Leyen|Ursula von der Leyen|von der Leyen
R|defence_minister|DEU|2013-12-17|2019-07-17|Federal Minister of Defence|Bundesverteidigungsministerin
R|secretary_general|chronik:org-european-commission|2019-12-01||President of the European Commission|Präsidentin der EU-Kommission
P|?|Annegret Kramp-Karrenbauer|DEU|AKK|Annegret Kramp-Karrenbauer,AKK|Kramp-Karrenbauer
R|defence_minister|DEU|2019-07-17|2021-12-08|Federal Minister of Defence|Bundesverteidigungsministerin
P|?|Christine Lambrecht|DEU||Christine Lambrecht|Lambrecht
R|defence_minister|DEU|2021-12-08|2023-01-19|Federal Minister of Defence|Bundesverteidigungsministerin
P|?|Boris Pistorius|DEU||Boris Pistorius|Pistorius
R|defence_minister|DEU|2023-01-19|
P|?|Christian Lindner|DEU||Christian Lindner|Lindner
R|finance_minister|DEU|2021-12-08|2024-11-07
P|?|Jörg Kukies|DEU|Jorg Kukies|Jörg Kukies|Kukies
R|finance_minister|DEU|2024-11-07|2025-05-06
P|?|Lars Klingbeil|DEU||Lars Klingbeil|Klingbeil
R|finance_minister|DEU|2025-05-06|
R|deputy_head_of_government|DEU|2025-05-06|
P|?|Robert Habeck|DEU||Robert Habeck|Habeck
R|deputy_head_of_government|DEU|2021-12-08|2025-05-06
P|?|Nancy Faeser|DEU||Nancy Faeser|Faeser
R|interior_minister|DEU|2021-12-08|2025-05-06|Federal Minister of the Interior|Bundesinnenministerin
P|?|Alexander Dobrindt|DEU||Alexander Dobrindt|Dobrindt
R|interior_minister|DEU|2025-05-06|
P|?|Steffen Hebestreit|DEU||Steffen Hebestreit|Hebestreit
R|spokesperson|DEU|2021-12-08|2025-05-06|Spokesperson of the German Federal Government|Regierungssprecher
P|?|Stefan Kornelius|DEU||Stefan Kornelius|Kornelius
R|spokesperson|DEU|2025-05-07||Spokesperson of the German Federal Government|Regierungssprecher
P|?|Bärbel Bas|DEU|Barbel Bas|Bärbel Bas|Bas
R|speaker|DEU|2021-10-26|2025-03-25|President of the Bundestag|Bundestagspräsidentin
R|minister|DEU|2025-05-06||Federal Minister of Labour and Social Affairs|Bundesarbeitsministerin
P|?|Julia Klöckner|DEU|Julia Klockner|Julia Klöckner|Klöckner
R|speaker|DEU|2025-03-25||President of the Bundestag|Bundestagspräsidentin
P|?|Markus Söder|DEU|Markus Soder|Markus Söder|Söder
R|leader|chronik:org-csu|2019-01-19||Chairman of the CSU|CSU-Vorsitzender
P|?|Carsten Breuer|DEU||Carsten Breuer|Breuer
R|military_chief|DEU|2023-03-17||Inspector General of the Bundeswehr|Generalinspekteur der Bundeswehr
# --- France ---
P|Q3052772|Emmanuel Macron|FRA|Emmanuel Jean-Michel Frédéric Macron|Emmanuel Macron|Macron
R|head_of_state|FRA|2017-05-14|
P|?|François Hollande|FRA|Francois Hollande|François Hollande|Hollande
R|head_of_state|FRA|2012-05-15|2017-05-14
P|?|Édouard Philippe|FRA|Edouard Philippe|Édouard Philippe|Philippe
R|head_of_government|FRA|2017-05-15|2020-07-03
P|?|Jean Castex|FRA||Jean Castex|Castex
R|head_of_government|FRA|2020-07-03|2022-05-16
P|?|Élisabeth Borne|FRA|Elisabeth Borne|Élisabeth Borne|Borne
R|head_of_government|FRA|2022-05-16|2024-01-09|Prime Minister of France|Premierministerin Frankreichs
P|?|Gabriel Attal|FRA||Gabriel Attal|Attal
R|head_of_government|FRA|2024-01-09|2024-09-05
P|?|Michel Barnier|FRA||Michel Barnier|Barnier
R|head_of_government|FRA|2024-09-05|2024-12-13
P|?|François Bayrou|FRA|Francois Bayrou|François Bayrou|Bayrou
R|head_of_government|FRA|2024-12-13|2025-09-09
P|?|Sébastien Lecornu|FRA|Sebastien Lecornu|Sébastien Lecornu|Lecornu
R|defence_minister|FRA|2022-05-20|2025-10-05
R|head_of_government|FRA|2025-09-09|
P|?|Jean-Yves Le Drian|FRA||Jean-Yves Le Drian|Le Drian
R|foreign_minister|FRA|2017-05-17|2022-05-20
P|?|Catherine Colonna|FRA||Catherine Colonna|Colonna
R|foreign_minister|FRA|2022-05-20|2024-01-11|Minister for Europe and Foreign Affairs of France|Außenministerin Frankreichs
P|?|Stéphane Séjourné|FRA|Stephane Sejourne|Stéphane Séjourné|Séjourné,Sejourne
R|foreign_minister|FRA|2024-01-11|2024-09-21
P|?|Jean-Noël Barrot|FRA|Jean-Noel Barrot|Jean-Noël Barrot|Barrot
R|foreign_minister|FRA|2024-09-21|
P|?|Florence Parly|FRA||Florence Parly|Parly
R|defence_minister|FRA|2017-06-21|2022-05-20|Minister of the Armed Forces of France|Verteidigungsministerin Frankreichs
P|?|Catherine Vautrin|FRA||Catherine Vautrin|Vautrin
R|defence_minister|FRA|2025-10-12||Minister of the Armed Forces of France|Verteidigungsministerin Frankreichs
# --- United Kingdom ---
P|Q9682|Elizabeth II|GBR|Queen Elizabeth II,Queen Elizabeth|Elizabeth II.,Königin Elizabeth II.,Queen Elizabeth,Elisabeth II.,Königin Elisabeth II.,Queen Elisabeth|
R|head_of_state|GBR|1952-02-06|2022-09-08|Queen of the United Kingdom|Königin des Vereinigten Königreichs
P|Q43274|Charles III|GBR|King Charles III,King Charles,Prince Charles|Charles III.,König Charles III.,König Charles,Prinz Charles|
R|head_of_state|GBR|2022-09-08||King of the United Kingdom|König des Vereinigten Königreichs
P|Q192|David Cameron|GBR|Lord Cameron|David Cameron|Cameron
R|head_of_government|GBR|2010-05-11|2016-07-13
R|foreign_minister|GBR|2023-11-13|2024-07-05
P|Q264766|Theresa May|GBR||Theresa May|Theresa May
R|head_of_government|GBR|2016-07-13|2019-07-24|Prime Minister of the United Kingdom|Premierministerin des Vereinigten Königreichs
P|Q180589|Boris Johnson|GBR|Alexander Boris de Pfeffel Johnson|Boris Johnson|Johnson
R|foreign_minister|GBR|2016-07-13|2018-07-09
R|head_of_government|GBR|2019-07-24|2022-09-06
P|?|Liz Truss|GBR|Elizabeth Truss|Liz Truss|Truss
R|foreign_minister|GBR|2021-09-15|2022-09-06|Foreign Secretary of the United Kingdom|Außenministerin des Vereinigten Königreichs
R|head_of_government|GBR|2022-09-06|2022-10-25|Prime Minister of the United Kingdom|Premierministerin des Vereinigten Königreichs
P|?|Rishi Sunak|GBR||Rishi Sunak|Sunak
R|head_of_government|GBR|2022-10-25|2024-07-05
P|?|Keir Starmer|GBR|Sir Keir Starmer,Keir Rodney Starmer|Keir Starmer|Starmer
R|head_of_government|GBR|2024-07-05|
P|?|Philip Hammond|GBR||Philip Hammond|Hammond
R|foreign_minister|GBR|2014-07-15|2016-07-13
P|?|Jeremy Hunt|GBR||Jeremy Hunt|Hunt
R|foreign_minister|GBR|2018-07-09|2019-07-24
R|finance_minister|GBR|2022-10-14|2024-07-05
P|?|Dominic Raab|GBR||Dominic Raab|Raab
R|foreign_minister|GBR|2019-07-24|2021-09-15
P|?|James Cleverly|GBR||James Cleverly|Cleverly
R|foreign_minister|GBR|2022-09-06|2023-11-13
P|?|David Lammy|GBR||David Lammy|Lammy
R|foreign_minister|GBR|2024-07-05|2025-09-05
R|deputy_head_of_government|GBR|2025-09-05||Deputy Prime Minister of the United Kingdom|Vizepremier des Vereinigten Königreichs
P|?|Yvette Cooper|GBR||Yvette Cooper|Cooper
R|interior_minister|GBR|2024-07-05|2025-09-05|Home Secretary|Innenministerin des Vereinigten Königreichs
R|foreign_minister|GBR|2025-09-05||Foreign Secretary of the United Kingdom|Außenministerin des Vereinigten Königreichs
P|?|Michael Fallon|GBR||Michael Fallon|Fallon
R|defence_minister|GBR|2014-07-15|2017-11-01
P|?|Gavin Williamson|GBR||Gavin Williamson|Williamson
R|defence_minister|GBR|2017-11-02|2019-05-01
P|?|Ben Wallace|GBR||Ben Wallace|Wallace
R|defence_minister|GBR|2019-07-24|2023-08-31
P|?|Grant Shapps|GBR||Grant Shapps|Shapps
R|defence_minister|GBR|2023-08-31|2024-07-05
P|?|John Healey|GBR||John Healey|Healey
R|defence_minister|GBR|2024-07-05|
P|?|Rachel Reeves|GBR||Rachel Reeves|Reeves
R|finance_minister|GBR|2024-07-05||Chancellor of the Exchequer|Schatzkanzlerin
P|?|Shabana Mahmood|GBR||Shabana Mahmood|Mahmood
R|interior_minister|GBR|2025-09-05||Home Secretary|Innenministerin des Vereinigten Königreichs
# --- China ---
P|Q15031|Xi Jinping|CHN||Xi Jinping|Xi
R|head_of_state|CHN|2013-03-14|
R|leader|chronik:org-ccp|2012-11-15||General Secretary of the Chinese Communist Party|Generalsekretär der Kommunistischen Partei Chinas
P|?|Li Keqiang|CHN||Li Keqiang|Li Keqiang
R|head_of_government|CHN|2013-03-15|2023-03-11
P|?|Li Qiang|CHN||Li Qiang|Li Qiang
R|head_of_government|CHN|2023-03-11|
P|?|Wang Yi|CHN||Wang Yi|Wang Yi
R|foreign_minister|CHN|2013-03-16|2022-12-30
R|foreign_minister|CHN|2023-07-25|
P|?|Qin Gang|CHN||Qin Gang|Qin Gang
R|foreign_minister|CHN|2022-12-30|2023-07-25
P|?|Chang Wanquan|CHN||Chang Wanquan|Chang Wanquan
R|defence_minister|CHN|2013-03-16|2018-03-19
P|?|Wei Fenghe|CHN||Wei Fenghe|Wei Fenghe
R|defence_minister|CHN|2018-03-19|2023-03-12
P|?|Li Shangfu|CHN||Li Shangfu|Li Shangfu
R|defence_minister|CHN|2023-03-12|2023-10-24
P|?|Dong Jun|CHN||Dong Jun|Dong Jun
R|defence_minister|CHN|2023-12-29|
P|?|Mao Ning|CHN||Mao Ning|Mao Ning
R|spokesperson|CHN|2022-09||Spokesperson of the Ministry of Foreign Affairs of China|Sprecherin des chinesischen Außenministeriums
P|?|Lin Jian|CHN||Lin Jian|Lin Jian
R|spokesperson|CHN|2024-01|
P|?|Wang Wenbin|CHN||Wang Wenbin|Wang Wenbin
R|spokesperson|CHN|2020-07|2024-06
P|?|Zhao Lijian|CHN||Zhao Lijian|Zhao Lijian
R|spokesperson|CHN|2020-02|2023-01
# --- Japan ---
P|Q132345|Shinzo Abe|JPN|Shinzō Abe|Shinzo Abe|Abe
R|head_of_government|JPN|2012-12-26|2020-09-16
P|Q122465|Yoshihide Suga|JPN||Yoshihide Suga|Suga
R|head_of_government|JPN|2020-09-16|2021-10-04
P|?|Fumio Kishida|JPN||Fumio Kishida|Kishida
R|foreign_minister|JPN|2012-12-26|2017-08-03
R|head_of_government|JPN|2021-10-04|2024-10-01
P|?|Shigeru Ishiba|JPN||Shigeru Ishiba|Ishiba
R|head_of_government|JPN|2024-10-01|2025-10-21
P|?|Sanae Takaichi|JPN||Sanae Takaichi|Takaichi
R|head_of_government|JPN|2025-10-21||Prime Minister of Japan|Premierministerin Japans
P|?|Taro Kono|JPN|Tarō Kōno|Taro Kono|Kono
R|foreign_minister|JPN|2017-08-03|2019-09-11
R|defence_minister|JPN|2019-09-11|2020-09-16
P|?|Toshimitsu Motegi|JPN||Toshimitsu Motegi|Motegi
R|foreign_minister|JPN|2019-09-11|2021-11-04
R|foreign_minister|JPN|2025-10-21|
P|?|Yoshimasa Hayashi|JPN||Yoshimasa Hayashi|Hayashi
R|foreign_minister|JPN|2021-11-10|2023-09-13
R|office|JPN|2023-12-14|2025-10-21|Chief Cabinet Secretary of Japan|Kabinettssekretär Japans
P|?|Yoko Kamikawa|JPN|Yōko Kamikawa|Yoko Kamikawa|Kamikawa
R|foreign_minister|JPN|2023-09-13|2024-10-01|Minister for Foreign Affairs of Japan|Außenministerin Japans
P|?|Takeshi Iwaya|JPN||Takeshi Iwaya|Iwaya
R|foreign_minister|JPN|2024-10-01|2025-10-21
P|?|Nobuo Kishi|JPN||Nobuo Kishi|Kishi
R|defence_minister|JPN|2020-09-16|2022-08-10
P|?|Yasukazu Hamada|JPN||Yasukazu Hamada|Hamada
R|defence_minister|JPN|2022-08-10|2023-09-13
P|?|Minoru Kihara|JPN||Minoru Kihara|Kihara
R|defence_minister|JPN|2023-09-13|2024-10-01
P|?|Gen Nakatani|JPN||Gen Nakatani|Nakatani
R|defence_minister|JPN|2024-10-01|2025-10-21
P|?|Shinjiro Koizumi|JPN|Shinjirō Koizumi|Shinjiro Koizumi|Koizumi
R|defence_minister|JPN|2025-10-21|
P|?|Naruhito|JPN|Emperor Naruhito|Kaiser Naruhito,Naruhito|
R|head_of_state|JPN|2019-05-01|
# --- South Korea ---
P|?|Park Geun-hye|KOR|Park Geun Hye|Park Geun-hye|Park
R|head_of_state|KOR|2013-02-25|2017-03-10|President of South Korea|Präsidentin Südkoreas
P|?|Moon Jae-in|KOR|Moon Jae In|Moon Jae-in|Moon
R|head_of_state|KOR|2017-05-10|2022-05-10
P|?|Yoon Suk Yeol|KOR|Yoon Suk-yeol,Yoon Seok-youl|Yoon Suk Yeol,Yoon Suk-yeol|Yoon
R|head_of_state|KOR|2022-05-10|2025-04-04
P|?|Lee Jae-myung|KOR|Lee Jae Myung,Lee Jae-myeong|Lee Jae-myung,Lee Jae Myung|Lee
R|head_of_state|KOR|2025-06-04|
P|?|Han Duck-soo|KOR|Han Deok-su|Han Duck-soo|Han
R|head_of_government|KOR|2022-05-21|2025-05-01
R|head_of_state|KOR|2024-12-14|2024-12-27|Acting President of South Korea|amtierender Präsident Südkoreas
R|head_of_state|KOR|2025-03-24|2025-05-01|Acting President of South Korea|amtierender Präsident Südkoreas
P|?|Choi Sang-mok|KOR||Choi Sang-mok|Choi
R|head_of_state|KOR|2024-12-27|2025-03-24|Acting President of South Korea|amtierender Präsident Südkoreas
P|?|Kim Min-seok|KOR||Kim Min-seok|Kim
R|head_of_government|KOR|2025-07-03|
P|?|Chung Eui-yong|KOR||Chung Eui-yong|Chung
R|foreign_minister|KOR|2021-02-09|2022-05-12
P|?|Park Jin|KOR||Park Jin|Park
R|foreign_minister|KOR|2022-05-12|2024-01-10
P|?|Cho Tae-yul|KOR||Cho Tae-yul|Cho
R|foreign_minister|KOR|2024-01-12|2025-07
P|?|Cho Hyun|KOR||Cho Hyun|Cho
R|foreign_minister|KOR|2025-07|
P|?|Lee Jong-sup|KOR||Lee Jong-sup|Lee
R|defence_minister|KOR|2022-05-10|2023-10-06
P|?|Shin Won-sik|KOR||Shin Won-sik|Shin
R|defence_minister|KOR|2023-10-07|2024-09
P|?|Kim Yong-hyun|KOR||Kim Yong-hyun|Kim
R|defence_minister|KOR|2024-09|2024-12
P|?|Ahn Gyu-back|KOR||Ahn Gyu-back|Ahn
R|defence_minister|KOR|2025-07|
# --- North Korea ---
P|Q56226|Kim Jong-un|PRK|Kim Jong Un,Kim Jong-eun,Kim Jong Eun|Kim Jong-un,Kim Jong Un|Kim
R|head_of_state|PRK|2011-12-17|
R|leader|chronik:org-workers-party-of-korea|2012-04-11||General Secretary of the Workers' Party of Korea|Generalsekretär der Partei der Arbeit Koreas
P|?|Kim Jong-il|PRK|Kim Jong Il|Kim Jong-il,Kim Jong Il|Kim
R|head_of_state|PRK|1994-07-08|2011-12-17
P|?|Kim Il-sung|PRK|Kim Il Sung|Kim Il-sung,Kim Il Sung|Kim
R|head_of_state|PRK|1948-09-09|1994-07-08
P|?|Kim Yo-jong|PRK|Kim Yo Jong|Kim Yo-jong,Kim Yo Jong|Kim
R|office|PRK|2021||Vice Department Director of the Central Committee of the Workers' Party of Korea|Vizeabteilungsleiterin im Zentralkomitee der Partei der Arbeit Koreas
P|?|Choe Son-hui|PRK|Choe Son Hui,Choe Sun-hui|Choe Son-hui,Choe Son Hui|Choe
R|foreign_minister|PRK|2022-06-11|
P|?|Ri Son-gwon|PRK|Ri Son Gwon|Ri Son-gwon|Ri
R|foreign_minister|PRK|2020-01|2022-06-11
P|?|No Kwang-chol|PRK|No Kwang Chol|No Kwang-chol|No Kwang-chol
R|defence_minister|PRK|2024-10|
P|?|Kang Sun-nam|PRK|Kang Sun Nam|Kang Sun-nam|Kang
R|defence_minister|PRK|2022-06|2024-10
P|?|Kim Tok-hun|PRK|Kim Tok Hun,Kim Deok-hun|Kim Tok-hun|Kim
R|head_of_government|PRK|2020-08-13|2024-12
P|?|Pak Thae-song|PRK|Pak Thae Song|Pak Thae-song|Pak
R|head_of_government|PRK|2024-12|
# --- India ---
P|Q1058|Narendra Modi|IND|Narendra Damodardas Modi|Narendra Modi|Modi
R|head_of_government|IND|2014-05-26|
P|?|Ram Nath Kovind|IND||Ram Nath Kovind|Kovind
R|head_of_state|IND|2017-07-25|2022-07-25
P|?|Droupadi Murmu|IND||Droupadi Murmu|Murmu
R|head_of_state|IND|2022-07-25||President of India|Präsidentin Indiens
P|?|Subrahmanyam Jaishankar|IND|S. Jaishankar,Jaishankar|Subrahmanyam Jaishankar,S. Jaishankar|Jaishankar
R|foreign_minister|IND|2019-05-30|
P|?|Sushma Swaraj|IND||Sushma Swaraj|Swaraj
R|foreign_minister|IND|2014-05-26|2019-05-30|Minister of External Affairs of India|Außenministerin Indiens
P|?|Rajnath Singh|IND||Rajnath Singh|Singh
R|defence_minister|IND|2019-05-30|
P|?|Nirmala Sitharaman|IND||Nirmala Sitharaman|Sitharaman
R|defence_minister|IND|2017-09-03|2019-05-30|Minister of Defence of India|Verteidigungsministerin Indiens
R|finance_minister|IND|2019-05-31||Minister of Finance of India|Finanzministerin Indiens
P|?|Ajit Doval|IND||Ajit Doval|Doval
R|security_council_secretary|IND|2014-05-30|
# --- Turkey ---
P|Q39259|Recep Tayyip Erdoğan|TUR|Recep Tayyip Erdogan,Tayyip Erdogan|Recep Tayyip Erdoğan,Recep Tayyip Erdogan|Erdoğan,Erdogan
R|head_of_government|TUR|2003-03-14|2014-08-28
R|head_of_state|TUR|2014-08-28|
P|?|Ahmet Davutoğlu|TUR|Ahmet Davutoglu|Ahmet Davutoğlu,Ahmet Davutoglu|Davutoğlu,Davutoglu
R|head_of_government|TUR|2014-08-28|2016-05-24
P|?|Binali Yıldırım|TUR|Binali Yildirim|Binali Yıldırım,Binali Yildirim|Yıldırım,Yildirim
R|head_of_government|TUR|2016-05-24|2018-07-09
P|?|Mevlüt Çavuşoğlu|TUR|Mevlut Cavusoglu|Mevlüt Çavuşoğlu,Mevlüt Cavusoglu|Çavuşoğlu,Cavusoglu
R|foreign_minister|TUR|2015-11-24|2023-06-03
P|?|Hakan Fidan|TUR||Hakan Fidan|Fidan
R|intelligence_chief|TUR|2010-05-27|2023-06-03
R|foreign_minister|TUR|2023-06-03|
P|?|İbrahim Kalın|TUR|Ibrahim Kalin|İbrahim Kalın,Ibrahim Kalin|Kalın,Kalin
R|spokesperson|TUR|2014-12|2023-06-05|Spokesperson of the President of Turkey|Sprecher des türkischen Präsidenten
R|intelligence_chief|TUR|2023-06-05|
P|?|Hulusi Akar|TUR||Hulusi Akar|Akar
R|defence_minister|TUR|2018-07-10|2023-06-03
P|?|Yaşar Güler|TUR|Yasar Guler|Yaşar Güler,Yasar Güler|Güler,Guler
R|defence_minister|TUR|2023-06-03|
# --- Israel ---
P|Q43723|Benjamin Netanyahu|ISR|Bibi Netanyahu,Binyamin Netanyahu|Benjamin Netanjahu,Benjamin Netanyahu|Netanyahu,Netanjahu
R|head_of_government|ISR|2009-03-31|2021-06-13
R|head_of_government|ISR|2022-12-29|
P|?|Naftali Bennett|ISR||Naftali Bennett|Bennett
R|head_of_government|ISR|2021-06-13|2022-06-30
P|?|Yair Lapid|ISR||Jair Lapid,Yair Lapid|Lapid
R|foreign_minister|ISR|2021-06-13|2022-07-01
R|head_of_government|ISR|2022-07-01|2022-12-29
P|?|Isaac Herzog|ISR|Yitzhak Herzog|Isaac Herzog,Jizchak Herzog|Herzog
R|head_of_state|ISR|2021-07-07|
P|?|Reuven Rivlin|ISR||Reuven Rivlin|Rivlin
R|head_of_state|ISR|2014-07-24|2021-07-07
P|?|Benny Gantz|ISR|Benjamin Gantz|Benny Gantz|Gantz
R|defence_minister|ISR|2020-05-17|2022-12-29
P|?|Yoav Gallant|ISR||Joav Gallant,Yoav Gallant|Gallant
R|defence_minister|ISR|2022-12-29|2024-11-07
P|?|Israel Katz|ISR|Yisrael Katz|Israel Katz|Katz
R|foreign_minister|ISR|2024-01-01|2024-11-07
R|defence_minister|ISR|2024-11-07|
P|?|Gideon Sa'ar|ISR|Gideon Saar|Gideon Saar,Gideon Sa'ar|Sa'ar,Saar
R|foreign_minister|ISR|2024-11-07|
P|?|Eli Cohen|ISR||Eli Cohen|Cohen
R|foreign_minister|ISR|2023-01-02|2024-01-01
P|?|Herzi Halevi|ISR||Herzi Halevi|Halevi
R|military_chief|ISR|2023-01-16|2025-03-05
P|?|Eyal Zamir|ISR||Ejal Zamir,Eyal Zamir|Zamir
R|military_chief|ISR|2025-03-05|
P|?|Itamar Ben-Gvir|ISR|Itamar Ben Gvir|Itamar Ben-Gvir,Itamar Ben Gvir|Ben-Gvir,Ben Gvir
R|minister|ISR|2022-12-29||Minister of National Security of Israel|Minister für nationale Sicherheit Israels
P|?|Bezalel Smotrich|ISR||Bezalel Smotrich|Smotrich
R|finance_minister|ISR|2022-12-29||Minister of Finance of Israel|Finanzminister Israels
# --- Iran ---
P|?|Ali Khamenei|IRN|Ayatollah Ali Khamenei,Ayatollah Khamenei,Sayyid Ali Khamenei|Ali Chamenei,Ajatollah Ali Chamenei,Ajatollah Chamenei|Khamenei,Chamenei
R|head_of_state|IRN|1989-06-04|
P|?|Hassan Rouhani|IRN|Hassan Rohani|Hassan Ruhani,Hassan Rohani|Rouhani,Ruhani,Rohani
R|head_of_government|IRN|2013-08-03|2021-08-03
P|?|Ebrahim Raisi|IRN|Ebrahim Raeisi|Ebrahim Raisi,Ebrahim Raeissi|Raisi,Raeisi
R|head_of_government|IRN|2021-08-03|2024-05-19
P|?|Mohammad Mokhber|IRN||Mohammed Mochber,Mohammad Mokhber|Mokhber,Mochber
R|head_of_government|IRN|2024-05-20|2024-07-28|Acting President of Iran|amtierender Präsident Irans
P|?|Masoud Pezeshkian|IRN|Massoud Pezeshkian|Massud Peseschkian,Masud Peseschkian|Pezeshkian,Peseschkian
R|head_of_government|IRN|2024-07-28|
P|?|Mohammad Javad Zarif|IRN|Javad Zarif|Mohammed Dschawad Sarif,Dschawad Sarif|Zarif,Sarif
R|foreign_minister|IRN|2013-08-15|2021-08-25
P|?|Hossein Amir-Abdollahian|IRN|Hossein Amirabdollahian|Hossein Amir-Abdollahian,Hussein Amirabdollahian|Amir-Abdollahian,Amirabdollahian
R|foreign_minister|IRN|2021-08-25|2024-05-19
P|?|Abbas Araghchi|IRN|Abbas Araqchi|Abbas Araghchi,Abbas Araghtschi|Araghchi,Araqchi,Araghtschi
R|foreign_minister|IRN|2024-08-21|
P|?|Aziz Nasirzadeh|IRN||Aziz Nasirzadeh|Nasirzadeh
R|defence_minister|IRN|2024-08-21|
P|?|Mohammad-Reza Ashtiani|IRN|Mohammad Reza Gharaei Ashtiani|Mohammad-Resa Aschtiani|Ashtiani,Aschtiani
R|defence_minister|IRN|2021-08-25|2024-08-21
P|?|Qasem Soleimani|IRN|Qassem Soleimani,Ghasem Soleimani|Ghassem Soleimani,Kassem Soleimani|Soleimani
R|military_chief|IRN|1998|2020-01-03|Commander of the Quds Force|Kommandeur der Al-Kuds-Brigaden
# --- Arab states, Gulf ---
P|?|Salman bin Abdulaziz Al Saud|SAU|King Salman|König Salman,Salman bin Abdulaziz|Salman
R|head_of_state|SAU|2015-01-23|
P|?|Mohammed bin Salman|SAU|MBS,Mohammad bin Salman|Mohammed bin Salman|bin Salman
R|defence_minister|SAU|2015-01-23|2022-09-27
R|deputy_head_of_state|SAU|2017-06-21|
R|head_of_government|SAU|2022-09-27|
P|?|Khalid bin Salman|SAU||Khalid bin Salman|
R|defence_minister|SAU|2022-09-27|
P|?|Faisal bin Farhan Al Saud|SAU|Faisal bin Farhan|Faisal bin Farhan|
R|foreign_minister|SAU|2019-10-23|
P|?|Adel al-Jubeir|SAU||Adel al-Dschubeir,Adel al-Jubeir|al-Jubeir,Jubeir
R|foreign_minister|SAU|2015-04-29|2018-12-27
P|?|Mohamed bin Zayed Al Nahyan|ARE|Mohammed bin Zayed,MBZ|Mohammed bin Zayed|bin Zayed
R|head_of_state|ARE|2022-05-14|
P|?|Tamim bin Hamad Al Thani|QAT|Emir Tamim|Tamim bin Hamad Al Thani,Emir Tamim|
R|head_of_state|QAT|2013-06-25|
P|?|Abdullah II|JOR|King Abdullah II|König Abdullah II.,Abdullah II.|
R|head_of_state|JOR|1999-02-07|
P|?|Abdel Fattah el-Sisi|EGY|Abdel Fattah al-Sisi,Sisi|Abdel Fattah al-Sisi,Abdel Fattah el-Sisi|Sisi,al-Sisi,el-Sisi
R|head_of_state|EGY|2014-06-08|
P|?|Mahmoud Abbas|PSE|Abu Mazen|Mahmud Abbas,Abu Masen|Abbas
R|head_of_state|PSE|2005-01-15|
P|?|Bashar al-Assad|SYR|Bashar Assad|Baschar al-Assad,Baschar Assad|Assad,al-Assad
R|head_of_state|SYR|2000-07-17|2024-12-08
P|?|Ahmed al-Sharaa|SYR|Abu Mohammad al-Jolani,Abu Mohammed al-Julani|Ahmed al-Scharaa,Abu Mohammed al-Dscholani|al-Sharaa,Sharaa,al-Scharaa,al-Jolani,Dscholani
R|leader|chronik:org-hts|2017-01-28|2025-01-29|Leader of Hayat Tahrir al-Sham|Anführer der HTS
R|head_of_state|SYR|2025-01-29||President of Syria|Präsident Syriens
P|?|Joseph Aoun|LBN||Joseph Aoun|Aoun
R|head_of_state|LBN|2025-01-09|
P|?|Najib Mikati|LBN||Nadschib Mikati,Najib Mikati|Mikati
R|head_of_government|LBN|2021-09-10|2025-02-08
P|?|Nawaf Salam|LBN||Nawaf Salam|Salam
R|head_of_government|LBN|2025-02-08|
# --- Armed groups ---
P|?|Ismail Haniyeh|PSE|Ismail Haniya|Ismail Hanija,Ismail Haniyeh|Haniyeh,Hanija
R|leader|chronik:org-hamas|2017-05-06|2024-07-31|Chairman of the Hamas Political Bureau|Chef des Hamas-Politbüros
P|?|Yahya Sinwar|PSE||Jahja Sinwar,Yahya Sinwar|Sinwar
R|leader|chronik:org-hamas|2024-08-06|2024-10-16|Chairman of the Hamas Political Bureau|Chef des Hamas-Politbüros
P|?|Hassan Nasrallah|LBN|Sayyed Hassan Nasrallah|Hassan Nasrallah|Nasrallah
R|leader|chronik:org-hezbollah|1992-02-16|2024-09-27|Secretary-General of Hezbollah|Generalsekretär der Hisbollah
P|?|Naim Qassem|LBN|Naim Qasem|Naim Kassem,Naim Qassem|Qassem,Kassem
R|leader|chronik:org-hezbollah|2024-10-29||Secretary-General of Hezbollah|Generalsekretär der Hisbollah
P|?|Abdul-Malik al-Houthi|YEM|Abdul Malik al-Houthi|Abdul-Malik al-Huthi|al-Houthi,al-Huthi
R|leader|chronik:org-houthis|2004-09-10||Leader of the Houthi movement|Anführer der Huthi
P|?|Hibatullah Akhundzada|AFG|Haibatullah Akhundzada|Haibatullah Achundsada|Akhundzada,Achundsada
R|leader|chronik:org-taliban|2016-05-25||Supreme Leader of the Taliban|Anführer der Taliban
R|head_of_state|AFG|2021-08-15|
P|?|Abu Bakr al-Baghdadi|IRQ||Abu Bakr al-Baghdadi|al-Baghdadi,Baghdadi
R|leader|chronik:org-isis|2010-05-16|2019-10-27|Leader of the Islamic State|Anführer des Islamischen Staats
P|?|Abdullah Öcalan|TUR|Abdullah Ocalan|Abdullah Öcalan|Öcalan,Ocalan
R|leader|chronik:org-pkk|1978-11-27||Founder and leader of the PKK|Gründer und Anführer der PKK
P|?|Abubakar Shekau|NGA||Abubakar Shekau|Shekau
R|leader|chronik:org-boko-haram|2009-07-30|2021-05-19|Leader of Boko Haram|Anführer von Boko Haram
# --- International organizations ---
P|Q311440|António Guterres|PRT|Antonio Guterres|António Guterres,Antonio Guterres|Guterres
R|secretary_general|chronik:org-un|2017-01-01||Secretary-General of the United Nations|UN-Generalsekretär
R|head_of_government|PRT|1995-10-28|2002-04-06|Prime Minister of Portugal|Premierminister Portugals
P|Q1253|Ban Ki-moon|KOR||Ban Ki-moon|Ban
R|secretary_general|chronik:org-un|2007-01-01|2017-01-01|Secretary-General of the United Nations|UN-Generalsekretär
P|?|Jens Stoltenberg|NOR||Jens Stoltenberg|Stoltenberg
R|secretary_general|chronik:org-nato|2014-10-01|2024-10-01|Secretary General of NATO|NATO-Generalsekretär
R|finance_minister|NOR|2025-02-04||Minister of Finance of Norway|Finanzminister Norwegens
P|Q57792|Mark Rutte|NLD||Mark Rutte|Rutte
R|head_of_government|NLD|2010-10-14|2024-07-02
R|secretary_general|chronik:org-nato|2024-10-01||Secretary General of NATO|NATO-Generalsekretär
P|?|Josep Borrell|ESP|Josep Borrell Fontelles|Josep Borrell|Borrell
R|foreign_minister|chronik:org-eu|2019-12-01|2024-12-01|High Representative of the EU for Foreign Affairs and Security Policy|EU-Außenbeauftragter
P|?|Kaja Kallas|EST||Kaja Kallas|Kallas
R|head_of_government|EST|2021-01-26|2024-07-23|Prime Minister of Estonia|Ministerpräsidentin Estlands
R|foreign_minister|chronik:org-eu|2024-12-01||High Representative of the EU for Foreign Affairs and Security Policy|EU-Außenbeauftragte
P|?|Charles Michel|BEL||Charles Michel|Michel
R|head_of_government|BEL|2014-10-11|2019-10-27
R|secretary_general|chronik:org-european-council|2019-12-01|2024-12-01|President of the European Council|EU-Ratspräsident
P|?|António Costa|PRT|Antonio Costa|António Costa,Antonio Costa|Costa
R|head_of_government|PRT|2015-11-26|2024-04-02|Prime Minister of Portugal|Premierminister Portugals
R|secretary_general|chronik:org-european-council|2024-12-01||President of the European Council|EU-Ratspräsident
P|?|Jean-Claude Juncker|LUX||Jean-Claude Juncker|Juncker
R|secretary_general|chronik:org-european-commission|2014-11-01|2019-12-01|President of the European Commission|Präsident der EU-Kommission
P|?|Roberta Metsola|MLT||Roberta Metsola|Metsola
R|speaker|chronik:org-european-parliament|2022-01-18||President of the European Parliament|Präsidentin des Europäischen Parlaments
P|?|Rafael Grossi|ARG|Rafael Mariano Grossi|Rafael Grossi|Grossi
R|secretary_general|chronik:org-iaea|2019-12-03||Director General of the IAEA|Generaldirektor der IAEA
P|?|Tedros Adhanom Ghebreyesus|ETH|Tedros Adhanom,Tedros|Tedros Adhanom Ghebreyesus,Tedros|Tedros
R|secretary_general|chronik:org-who|2017-07-01||Director-General of the WHO|WHO-Generaldirektor
P|?|Kristalina Georgieva|BGR||Kristalina Georgiewa,Kristalina Georgieva|Georgieva,Georgiewa
R|secretary_general|chronik:org-imf|2019-10-01||Managing Director of the IMF|IWF-Chefin
P|?|Ajay Banga|USA|Ajaypal Singh Banga|Ajay Banga|Banga
R|secretary_general|chronik:org-world-bank|2023-06-02||President of the World Bank Group|Weltbank-Präsident
P|Q484605|Christine Lagarde|FRA||Christine Lagarde|Lagarde
R|secretary_general|chronik:org-imf|2011-07-05|2019-09-12|Managing Director of the IMF|IWF-Chefin
R|central_bank_governor|chronik:org-ecb|2019-11-01||President of the European Central Bank|EZB-Präsidentin
P|?|Karim Khan|GBR|Karim Ahmad Khan|Karim Khan|Khan
R|secretary_general|chronik:org-icc|2021-06-16||Prosecutor of the International Criminal Court|Chefankläger des Internationalen Strafgerichtshofs
P|?|Moussa Faki|TCD|Moussa Faki Mahamat|Moussa Faki Mahamat|Faki
R|secretary_general|chronik:org-african-union|2017-03-14|2025-02-15|Chairperson of the African Union Commission|Vorsitzender der Kommission der Afrikanischen Union
P|?|Mahmoud Ali Youssouf|DJI||Mahmoud Ali Youssouf|Youssouf
R|secretary_general|chronik:org-african-union|2025-02-15||Chairperson of the African Union Commission|Vorsitzender der Kommission der Afrikanischen Union
P|?|Mirjana Spoljaric Egger|CHE|Mirjana Spoljaric|Mirjana Spoljaric Egger|Spoljaric
R|secretary_general|chronik:org-icrc|2022-10-01||President of the International Committee of the Red Cross|IKRK-Präsidentin
P|?|Volker Türk|AUT|Volker Turk|Volker Türk|Türk
R|secretary_general|chronik:org-ohchr|2022-10-17||United Nations High Commissioner for Human Rights|UN-Hochkommissar für Menschenrechte
P|?|Filippo Grandi|ITA||Filippo Grandi|Grandi
R|secretary_general|chronik:org-unhcr|2016-01-01||United Nations High Commissioner for Refugees|UN-Flüchtlingskommissar
# --- Other G20 and neighbours ---
P|Q10304982|Jair Bolsonaro|BRA|Jair Messias Bolsonaro|Jair Bolsonaro|Bolsonaro
R|head_of_state|BRA|2019-01-01|2023-01-01
P|Q37181|Luiz Inácio Lula da Silva|BRA|Lula da Silva,Lula,Luiz Inacio Lula da Silva|Luiz Inácio Lula da Silva,Lula|Lula
R|head_of_state|BRA|2003-01-01|2011-01-01
R|head_of_state|BRA|2023-01-01|
P|?|Michel Temer|BRA||Michel Temer|Temer
R|head_of_state|BRA|2016-08-31|2019-01-01
P|?|Dilma Rousseff|BRA||Dilma Rousseff|Rousseff
R|head_of_state|BRA|2011-01-01|2016-08-31|President of Brazil|Präsidentin Brasiliens
P|?|Mauro Vieira|BRA||Mauro Vieira|Vieira
R|foreign_minister|BRA|2023-01-01|
P|?|José Múcio|BRA|Jose Mucio|José Múcio|Múcio,Mucio
R|defence_minister|BRA|2023-01-01|
P|Q3099714|Justin Trudeau|CAN||Justin Trudeau|Trudeau
R|head_of_government|CAN|2015-11-04|2025-03-14
P|?|Mark Carney|CAN||Mark Carney|Carney
R|head_of_government|CAN|2025-03-14|
P|?|Mélanie Joly|CAN|Melanie Joly|Mélanie Joly|Joly
R|foreign_minister|CAN|2021-10-26|2025-05-13|Minister of Foreign Affairs of Canada|Außenministerin Kanadas
P|?|Anita Anand|CAN||Anita Anand|Anand
R|defence_minister|CAN|2021-10-26|2023-07-26|Minister of National Defence of Canada|Verteidigungsministerin Kanadas
R|foreign_minister|CAN|2025-05-13||Minister of Foreign Affairs of Canada|Außenministerin Kanadas
P|?|Chrystia Freeland|CAN||Chrystia Freeland|Freeland
R|foreign_minister|CAN|2017-01-10|2019-11-20|Minister of Foreign Affairs of Canada|Außenministerin Kanadas
P|?|Bill Blair|CAN||Bill Blair|Blair
R|defence_minister|CAN|2023-07-26|2025-05-13
P|?|David McGuinty|CAN||David McGuinty|McGuinty
R|defence_minister|CAN|2025-05-13|
P|?|Giorgia Meloni|ITA||Giorgia Meloni|Meloni
R|head_of_government|ITA|2022-10-22||Prime Minister of Italy|Ministerpräsidentin Italiens
P|?|Mario Draghi|ITA||Mario Draghi|Draghi
R|head_of_government|ITA|2021-02-13|2022-10-22
R|central_bank_governor|chronik:org-ecb|2011-11-01|2019-11-01|President of the European Central Bank|EZB-Präsident
P|?|Giuseppe Conte|ITA||Giuseppe Conte|Conte
R|head_of_government|ITA|2018-06-01|2021-02-13
P|?|Sergio Mattarella|ITA||Sergio Mattarella|Mattarella
R|head_of_state|ITA|2015-02-03|
P|?|Antonio Tajani|ITA||Antonio Tajani|Tajani
R|foreign_minister|ITA|2022-10-22|
P|?|Guido Crosetto|ITA||Guido Crosetto|Crosetto
R|defence_minister|ITA|2022-10-22|
P|?|Luigi Di Maio|ITA||Luigi Di Maio|Di Maio
R|foreign_minister|ITA|2019-09-05|2022-10-22
P|?|Anthony Albanese|AUS||Anthony Albanese|Albanese
R|head_of_government|AUS|2022-05-23|
P|?|Scott Morrison|AUS||Scott Morrison|Morrison
R|head_of_government|AUS|2018-08-24|2022-05-23
P|?|Malcolm Turnbull|AUS||Malcolm Turnbull|Turnbull
R|head_of_government|AUS|2015-09-15|2018-08-24
P|?|Penny Wong|AUS||Penny Wong|Wong
R|foreign_minister|AUS|2022-05-23||Minister for Foreign Affairs of Australia|Außenministerin Australiens
P|?|Richard Marles|AUS||Richard Marles|Marles
R|defence_minister|AUS|2022-06-01|
P|?|Claudia Sheinbaum|MEX||Claudia Sheinbaum|Sheinbaum
R|head_of_state|MEX|2024-10-01||President of Mexico|Präsidentin Mexikos
P|Q318508|Andrés Manuel López Obrador|MEX|AMLO,Lopez Obrador|Andrés Manuel López Obrador|López Obrador,Lopez Obrador
R|head_of_state|MEX|2018-12-01|2024-10-01
P|?|Javier Milei|ARG||Javier Milei|Milei
R|head_of_state|ARG|2023-12-10|
P|?|Alberto Fernández|ARG|Alberto Fernandez|Alberto Fernández|Fernández,Fernandez
R|head_of_state|ARG|2019-12-10|2023-12-10
P|Q561837|Mauricio Macri|ARG||Mauricio Macri|Macri
R|head_of_state|ARG|2015-12-10|2019-12-10
P|Q1148669|Cyril Ramaphosa|ZAF||Cyril Ramaphosa|Ramaphosa
R|head_of_state|ZAF|2018-02-15|
P|?|Jacob Zuma|ZAF||Jacob Zuma|Zuma
R|head_of_state|ZAF|2009-05-09|2018-02-14
P|?|Prabowo Subianto|IDN||Prabowo Subianto|Prabowo
R|defence_minister|IDN|2019-10-23|2024-10-20
R|head_of_state|IDN|2024-10-20|
P|?|Joko Widodo|IDN|Jokowi|Joko Widodo,Jokowi|Widodo,Jokowi
R|head_of_state|IDN|2014-10-20|2024-10-20
P|?|Retno Marsudi|IDN||Retno Marsudi|Marsudi
R|foreign_minister|IDN|2014-10-27|2024-10-20|Minister of Foreign Affairs of Indonesia|Außenministerin Indonesiens
P|?|Sugiono|IDN||Sugiono|
R|foreign_minister|IDN|2024-10-21|
# --- Europe ---
P|Q2866|Alexander Lukashenko|BLR|Aleksandr Lukashenko,Alyaksandr Lukashenka|Alexander Lukaschenko|Lukashenko,Lukaschenko,Lukashenka
R|head_of_state|BLR|1994-07-20|
P|?|Andrzej Duda|POL||Andrzej Duda|Duda
R|head_of_state|POL|2015-08-06|2025-08-06
P|?|Karol Nawrocki|POL||Karol Nawrocki|Nawrocki
R|head_of_state|POL|2025-08-06|
P|?|Donald Tusk|POL||Donald Tusk|Tusk
R|secretary_general|chronik:org-european-council|2014-12-01|2019-12-01|President of the European Council|EU-Ratspräsident
R|head_of_government|POL|2023-12-13|
P|?|Mateusz Morawiecki|POL||Mateusz Morawiecki|Morawiecki
R|head_of_government|POL|2017-12-11|2023-12-13
P|?|Radosław Sikorski|POL|Radoslaw Sikorski,Radek Sikorski|Radosław Sikorski,Radoslaw Sikorski|Sikorski
R|foreign_minister|POL|2023-12-13|
P|?|Władysław Kosiniak-Kamysz|POL|Wladyslaw Kosiniak-Kamysz|Władysław Kosiniak-Kamysz|Kosiniak-Kamysz
R|defence_minister|POL|2023-12-13|
P|?|Viktor Orbán|HUN|Viktor Orban|Viktor Orbán,Viktor Orban|Orbán,Orban
R|head_of_government|HUN|2010-05-29|
P|?|Péter Szijjártó|HUN|Peter Szijjarto|Péter Szijjártó|Szijjártó,Szijjarto
R|foreign_minister|HUN|2014-09-23|
P|?|Alexander Van der Bellen|AUT||Alexander Van der Bellen|Van der Bellen
R|head_of_state|AUT|2017-01-26|
P|?|Sebastian Kurz|AUT||Sebastian Kurz|Kurz
R|head_of_government|AUT|2017-12-18|2019-05-28
R|head_of_government|AUT|2020-01-07|2021-10-11
P|?|Karl Nehammer|AUT||Karl Nehammer|Nehammer
R|head_of_government|AUT|2021-12-06|2025-01-10
P|?|Christian Stocker|AUT||Christian Stocker|Stocker
R|head_of_government|AUT|2025-03-03|
P|?|Alexander Schallenberg|AUT||Alexander Schallenberg|Schallenberg
R|foreign_minister|AUT|2019-06-03|2021-10-11
R|foreign_minister|AUT|2021-12-06|2025-03-03
R|head_of_government|AUT|2021-10-11|2021-12-06
R|head_of_government|AUT|2025-01-10|2025-03-03|Acting Chancellor of Austria|interimistischer Bundeskanzler Österreichs
P|?|Beate Meinl-Reisinger|AUT||Beate Meinl-Reisinger|Meinl-Reisinger
R|foreign_minister|AUT|2025-03-03||Minister of Foreign Affairs of Austria|Außenministerin Österreichs
P|?|Klaudia Tanner|AUT||Klaudia Tanner|Tanner
R|defence_minister|AUT|2020-01-07|
P|?|Pedro Sánchez|ESP|Pedro Sanchez|Pedro Sánchez|Sánchez,Sanchez
R|head_of_government|ESP|2018-06-02|
P|?|Dick Schoof|NLD||Dick Schoof|Schoof
R|head_of_government|NLD|2024-07-02|
P|?|Bart De Wever|BEL||Bart De Wever|De Wever
R|head_of_government|BEL|2025-02-03|
P|?|Ulf Kristersson|SWE||Ulf Kristersson|Kristersson
R|head_of_government|SWE|2022-10-18|
P|?|Alexander Stubb|FIN||Alexander Stubb|Stubb
R|head_of_state|FIN|2024-03-01|
P|?|Sauli Niinistö|FIN|Sauli Niinisto|Sauli Niinistö|Niinistö,Niinisto
R|head_of_state|FIN|2012-03-01|2024-03-01
P|?|Sanna Marin|FIN||Sanna Marin|Marin
R|head_of_government|FIN|2019-12-10|2023-06-20|Prime Minister of Finland|Ministerpräsidentin Finnlands
P|?|Petteri Orpo|FIN||Petteri Orpo|Orpo
R|head_of_government|FIN|2023-06-20|
P|?|Jonas Gahr Støre|NOR|Jonas Gahr Store|Jonas Gahr Støre|Støre,Store
R|head_of_government|NOR|2021-10-14|
P|?|Mette Frederiksen|DNK||Mette Frederiksen|Frederiksen
R|head_of_government|DNK|2019-06-27|
P|?|Kyriakos Mitsotakis|GRC||Kyriakos Mitsotakis|Mitsotakis
R|head_of_government|GRC|2019-07-08|2023-05-25
R|head_of_government|GRC|2023-06-26|
P|?|Aleksandar Vučić|SRB|Aleksandar Vucic|Aleksandar Vučić,Aleksandar Vucic|Vučić,Vucic
R|head_of_state|SRB|2017-05-31|
P|?|Maia Sandu|MDA||Maia Sandu|Sandu
R|head_of_state|MDA|2020-12-24|
P|Q57606|Robert Fico|SVK||Robert Fico|Fico
R|head_of_government|SVK|2023-10-25|
P|?|Petr Pavel|CZE||Petr Pavel|Pavel
R|head_of_state|CZE|2023-03-09|
P|Q11163124|Nicușor Dan|ROU|Nicusor Dan|Nicușor Dan,Nicusor Dan|Dan
R|head_of_state|ROU|2025-05-26|
P|?|Gitanas Nausėda|LTU|Gitanas Nauseda|Gitanas Nausėda|Nausėda,Nauseda
R|head_of_state|LTU|2019-07-12|
P|?|Edgars Rinkēvičs|LVA|Edgars Rinkevics|Edgars Rinkēvičs|Rinkēvičs,Rinkevics
R|head_of_state|LVA|2023-07-08|
P|?|Alar Karis|EST||Alar Karis|Karis
R|head_of_state|EST|2021-10-11|
P|Q7035479|Nikol Pashinyan|ARM||Nikol Paschinjan|Pashinyan,Paschinjan
R|head_of_government|ARM|2018-05-08|
P|?|Ilham Aliyev|AZE||Ilham Alijew|Aliyev,Alijew
R|head_of_state|AZE|2003-10-31|
P|?|Kassym-Jomart Tokayev|KAZ||Kassym-Schomart Tokajew|Tokayev,Tokajew
R|head_of_state|KAZ|2019-03-20|
P|?|Shavkat Mirziyoyev|UZB||Schawkat Mirsijojew|Mirziyoyev,Mirsijojew
R|head_of_state|UZB|2016-09-08|
P|?|Irakli Kobakhidze|GEO||Irakli Kobachidse|Kobakhidze,Kobachidse
R|head_of_government|GEO|2024-02-08|
P|Q450675|Pope Francis|VAT|Francis,Jorge Mario Bergoglio|Papst Franziskus,Franziskus|Franziskus
R|head_of_state|VAT|2013-03-13|2025-04-21
P|?|Pope John Paul II|VAT|John Paul II,Karol Wojtyła|Papst Johannes Paul II.,Johannes Paul II.,Karol Wojtyła|Wojtyła
R|head_of_state|VAT|1978-10-16|2005-04-02
P|?|Pope Benedict XVI|VAT|Benedict XVI,Joseph Ratzinger|Papst Benedikt XVI.,Benedikt XVI.,Joseph Ratzinger|Ratzinger
R|head_of_state|VAT|2005-04-19|2013-02-28
P|?|Pope Leo XIV|VAT|Leo XIV,Robert Francis Prevost|Papst Leo XIV.,Leo XIV.|
R|head_of_state|VAT|2025-05-08|
# --- Asia, Africa, Americas ---
P|?|Shehbaz Sharif|PAK||Shehbaz Sharif|Sharif
R|head_of_government|PAK|2022-04-11|2023-08-14
R|head_of_government|PAK|2024-03-04|
P|?|Imran Khan|PAK||Imran Khan|Khan
R|head_of_government|PAK|2018-08-18|2022-04-10
P|?|Asim Munir|PAK||Asim Munir|Munir
R|military_chief|PAK|2022-11-29|
P|?|Lai Ching-te|TWN|William Lai|Lai Ching-te|Lai
R|head_of_state|TWN|2024-05-20|
P|?|Tsai Ing-wen|TWN||Tsai Ing-wen|Tsai
R|head_of_state|TWN|2016-05-20|2024-05-20|President of Taiwan|Präsidentin Taiwans
P|?|Ferdinand Marcos Jr.|PHL|Bongbong Marcos|Ferdinand Marcos Jr.|Marcos
R|head_of_state|PHL|2022-06-30|
P|Q58132|Nicolás Maduro|VEN|Nicolas Maduro|Nicolás Maduro|Maduro
R|head_of_state|VEN|2013-04-19|
P|?|Miguel Díaz-Canel|CUB|Miguel Diaz-Canel|Miguel Díaz-Canel|Díaz-Canel,Diaz-Canel
R|head_of_state|CUB|2018-04-19|
P|?|Bola Tinubu|NGA|Bola Ahmed Tinubu|Bola Tinubu|Tinubu
R|head_of_state|NGA|2023-05-29|
P|?|Abiy Ahmed|ETH||Abiy Ahmed|Abiy
R|head_of_government|ETH|2018-04-02|
P|?|William Ruto|KEN||William Ruto|Ruto
R|head_of_state|KEN|2022-09-13|
P|?|Mohammed Shia al-Sudani|IRQ||Mohammed Shia al-Sudani|al-Sudani
R|head_of_government|IRQ|2022-10-27|
P|?|Mohammad Hasan Akhund|AFG||Mohammad Hassan Achund|Akhund,Achund
R|head_of_government|AFG|2021-09-07|
# --- office holders of the 1990s to 2010s (German Wikinews and archive news name them) ---
P|?|George W. Bush|USA|George Walker Bush,George Bush|George W. Bush,George Bush|Bush
R|head_of_state|USA|2001-01-20|2009-01-20
P|?|George H. W. Bush|USA|George Herbert Walker Bush|George H. W. Bush|Bush
R|deputy_head_of_state|USA|1981-01-20|1989-01-20
R|head_of_state|USA|1989-01-20|1993-01-20
P|?|Bill Clinton|USA|William Jefferson Clinton|Bill Clinton|Clinton
R|head_of_state|USA|1993-01-20|2001-01-20
P|?|Dick Cheney|USA|Richard Cheney,Richard Bruce Cheney|Dick Cheney|Cheney
R|deputy_head_of_state|USA|2001-01-20|2009-01-20
P|?|Colin Powell|USA|Colin Luther Powell|Colin Powell|Powell
R|foreign_minister|USA|2001-01-20|2005-01-26
P|?|Condoleezza Rice|USA||Condoleezza Rice|Rice
R|security_council_secretary|USA|2001-01-20|2005-01-26
R|foreign_minister|USA|2005-01-26|2009-01-20
P|?|Donald Rumsfeld|USA|Donald Henry Rumsfeld|Donald Rumsfeld|Rumsfeld
R|defence_minister|USA|2001-01-20|2006-12-18
P|?|Robert Gates|USA|Robert Michael Gates|Robert Gates|Gates
R|defence_minister|USA|2006-12-18|2011-07-01
P|?|Leon Panetta|USA|Leon Edward Panetta|Leon Panetta|Panetta
R|intelligence_chief|USA|2009-02-13|2011-06-30|Director of the Central Intelligence Agency|CIA-Direktor
R|defence_minister|USA|2011-07-01|2013-02-27
P|?|Chuck Hagel|USA|Charles Timothy Hagel|Chuck Hagel|Hagel
R|defence_minister|USA|2013-02-27|2015-02-17
P|?|Gerhard Schröder|DEU|Gerhard Schroeder|Gerhard Schröder|Schröder,Schroeder
R|head_of_government|DEU|1998-10-27|2005-11-22
P|?|Helmut Kohl|DEU||Helmut Kohl|Kohl
R|head_of_government|DEU|1982-10-01|1998-10-27
P|?|Joschka Fischer|DEU|Joseph Fischer|Joschka Fischer|Fischer
R|foreign_minister|DEU|1998-10-27|2005-11-22
R|deputy_head_of_government|DEU|1998-10-27|2005-11-22
P|?|Guido Westerwelle|DEU||Guido Westerwelle|Westerwelle
R|foreign_minister|DEU|2009-10-28|2013-12-17
R|deputy_head_of_government|DEU|2009-10-28|2011-05-16
P|?|Horst Köhler|DEU|Horst Koehler|Horst Köhler|Köhler,Koehler
R|head_of_state|DEU|2004-07-01|2010-05-31
P|?|Christian Wulff|DEU||Christian Wulff|Wulff
R|head_of_state|DEU|2010-07-02|2012-02-17
P|?|Johannes Rau|DEU||Johannes Rau|Rau
R|head_of_state|DEU|1999-07-01|2004-07-01
P|?|Karl-Theodor zu Guttenberg|DEU||Karl-Theodor zu Guttenberg|Guttenberg
R|defence_minister|DEU|2009-10-28|2011-03-03
P|?|Thomas de Maizière|DEU|Thomas de Maiziere|Thomas de Maizière|de Maizière,Maizière
R|interior_minister|DEU|2009-10-28|2011-03-03
R|defence_minister|DEU|2011-03-03|2013-12-17
R|interior_minister|DEU|2013-12-17|2018-03-14
P|?|Wolfgang Schäuble|DEU|Wolfgang Schaeuble|Wolfgang Schäuble|Schäuble,Schaeuble
R|interior_minister|DEU|2005-11-22|2009-10-28
R|finance_minister|DEU|2009-10-28|2017-10-24
P|?|Peer Steinbrück|DEU|Peer Steinbrueck|Peer Steinbrück|Steinbrück
R|finance_minister|DEU|2005-11-22|2009-10-28
P|?|Otto Schily|DEU||Otto Schily|Schily
R|interior_minister|DEU|1998-10-27|2005-11-22
P|?|Jacques Chirac|FRA|Jacques René Chirac|Jacques Chirac|Chirac
R|head_of_state|FRA|1995-05-17|2007-05-16
P|?|Nicolas Sarkozy|FRA||Nicolas Sarkozy|Sarkozy
R|head_of_state|FRA|2007-05-16|2012-05-15
P|?|Dominique de Villepin|FRA||Dominique de Villepin|de Villepin,Villepin
R|foreign_minister|FRA|2002-05-07|2004-03-31
R|head_of_government|FRA|2005-05-31|2007-05-17
P|?|Bernard Kouchner|FRA||Bernard Kouchner|Kouchner
R|foreign_minister|FRA|2007-05-18|2010-11-14
P|?|Gordon Brown|GBR|James Gordon Brown|Gordon Brown|Brown
R|finance_minister|GBR|1997-05-02|2007-06-27
R|head_of_government|GBR|2007-06-27|2010-05-11
P|?|Jack Straw|GBR||Jack Straw|Straw
R|foreign_minister|GBR|2001-06-08|2006-05-05
P|?|David Miliband|GBR||David Miliband|Miliband
R|foreign_minister|GBR|2007-06-28|2010-05-11
P|?|William Hague|GBR||William Hague|Hague
R|foreign_minister|GBR|2010-05-12|2014-07-14
P|?|Silvio Berlusconi|ITA||Silvio Berlusconi|Berlusconi
R|head_of_government|ITA|1994-05-10|1995-01-17
R|head_of_government|ITA|2001-06-11|2006-05-17
R|head_of_government|ITA|2008-05-08|2011-11-16
P|?|Romano Prodi|ITA||Romano Prodi|Prodi
R|head_of_government|ITA|1996-05-17|1998-10-21
R|secretary_general|chronik:org-european-commission|1999-09-16|2004-11-22|President of the European Commission|Präsident der EU-Kommission
R|head_of_government|ITA|2006-05-17|2008-05-08
P|?|José Luis Rodríguez Zapatero|ESP|Jose Luis Rodriguez Zapatero|José Luis Rodríguez Zapatero|Zapatero
R|head_of_government|ESP|2004-04-17|2011-12-21
P|?|José María Aznar|ESP|Jose Maria Aznar|José María Aznar|Aznar
R|head_of_government|ESP|1996-05-05|2004-04-17
P|?|Mariano Rajoy|ESP||Mariano Rajoy|Rajoy
R|head_of_government|ESP|2011-12-21|2018-06-02
P|?|José Manuel Barroso|PRT|Jose Manuel Barroso,José Manuel Durão Barroso|José Manuel Barroso|Barroso
R|secretary_general|chronik:org-european-commission|2004-11-22|2014-11-01|President of the European Commission|Präsident der EU-Kommission
P|?|Javier Solana|ESP||Javier Solana|Solana
R|secretary_general|chronik:org-nato|1995-12-05|1999-10-06|Secretary General of NATO|NATO-Generalsekretär
R|office|chronik:org-eu|1999-10-18|2009-12-01|High Representative for the Common Foreign and Security Policy|EU-Außenbeauftragter
P|?|Kofi Annan|GHA|Kofi Atta Annan|Kofi Annan|Annan
R|secretary_general|chronik:org-un|1997-01-01|2007-01-01|Secretary-General of the United Nations|UN-Generalsekretär
P|?|Boris Yeltsin|RUS|Boris Nikolayevich Yeltsin|Boris Jelzin|Yeltsin,Jelzin
R|head_of_state|RUS|1991-07-10|1999-12-31
P|?|Sergei Ivanov|RUS|Sergey Ivanov|Sergej Iwanow|Ivanov,Iwanow
R|defence_minister|RUS|2001-03-28|2007-02-15
P|?|Viktor Yushchenko|UKR|Viktor Yushchenko|Wiktor Juschtschenko|Yushchenko,Juschtschenko
R|head_of_state|UKR|2005-01-23|2010-02-25
P|?|Viktor Yanukovych|UKR|Viktor Yanukovich|Wiktor Janukowitsch|Yanukovych,Yanukovich,Janukowitsch
R|head_of_government|UKR|2002-11-21|2005-01-05
R|head_of_government|UKR|2006-08-04|2007-12-18
R|head_of_state|UKR|2010-02-25|2014-02-22
P|?|Yulia Tymoshenko|UKR|Yulia Timoshenko|Julija Tymoschenko,Julia Timoschenko|Tymoshenko,Timoschenko,Tymoschenko
R|head_of_government|UKR|2005-01-24|2005-09-08
R|head_of_government|UKR|2007-12-18|2010-03-04
P|?|Saddam Hussein|IRQ|Saddam Hussein al-Tikriti|Saddam Hussein|Saddam
R|head_of_state|IRQ|1979-07-16|2003-04-09|President of Iraq|Präsident des Irak
P|?|Nouri al-Maliki|IRQ|Nuri al-Maliki,Nouri Maliki|Nuri al-Maliki|al-Maliki,Maliki
R|head_of_government|IRQ|2006-05-20|2014-09-08
P|?|Muammar Gaddafi|LBY|Muammar al-Gaddafi,Muammar Qaddafi,Moammar Gadhafi,Muammar Gadhafi|Muammar al-Gaddafi,Muammar Gaddafi,Muammar al-Ghaddafi|Gaddafi,Gadhafi,Qaddafi,Ghaddafi
R|head_of_state|LBY|1969-09-01|2011-08-23|Leader of Libya|Revolutionsführer Libyens
P|?|Hosni Mubarak|EGY|Muhammad Hosni Mubarak|Husni Mubarak,Hosni Mubarak|Mubarak
R|head_of_state|EGY|1981-10-14|2011-02-11
P|?|Mohamed Morsi|EGY|Mohammed Morsi|Mohammed Mursi,Mohammed Morsi|Morsi,Mursi
R|head_of_state|EGY|2012-06-30|2013-07-03
P|?|Yasser Arafat|PSE|Yasir Arafat|Jassir Arafat,Jassir Arafat|Arafat
R|head_of_state|PSE|1994-07|2004-11-11
P|?|Ariel Sharon|ISR||Ariel Scharon,Ariel Sharon|Sharon,Scharon
R|head_of_government|ISR|2001-03-07|2006-04-14
P|?|Ehud Olmert|ISR||Ehud Olmert|Olmert
R|head_of_government|ISR|2006-04-14|2009-03-31
P|?|Shimon Peres|ISR||Schimon Peres|Peres
R|head_of_state|ISR|2007-07-15|2014-07-24
P|?|Mahmoud Ahmadinejad|IRN|Mahmoud Ahmadinezhad|Mahmud Ahmadinedschad|Ahmadinejad,Ahmadinedschad
R|head_of_government|IRN|2005-08-03|2013-08-03
P|?|Mohammad Khatami|IRN|Mohammad Khatami|Mohammed Chatami|Khatami,Chatami
R|head_of_government|IRN|1997-08-03|2005-08-03
P|?|Hafez al-Assad|SYR|Hafiz al-Assad|Hafis al-Assad|Assad
R|head_of_state|SYR|1971-03-14|2000-06-10
P|?|Osama bin Laden|AFG|Usama bin Laden|Osama bin Laden,Usama bin Laden|bin Laden
R|leader|chronik:org-al-qaeda|1988|2011-05-02|Leader of al-Qaeda|Anführer von al-Qaida
P|?|Ayman al-Zawahiri|EGY|Ayman al-Zawahri|Aiman al-Sawahiri|al-Zawahiri,Zawahiri,Sawahiri
R|leader|chronik:org-al-qaeda|2011-06-16|2022-07-31|Leader of al-Qaeda|Anführer von al-Qaida
P|?|Pervez Musharraf|PAK||Pervez Musharraf|Musharraf
R|head_of_state|PAK|2001-06-20|2008-08-18|President of Pakistan|Präsident Pakistans
P|?|Benazir Bhutto|PAK||Benazir Bhutto|Bhutto
R|head_of_government|PAK|1988-12-02|1990-08-06
R|head_of_government|PAK|1993-10-19|1996-11-05
P|?|Hamid Karzai|AFG||Hamid Karzai,Hamid Karsai|Karzai,Karsai
R|head_of_state|AFG|2001-12-22|2014-09-29
P|?|Manmohan Singh|IND||Manmohan Singh|Singh
R|head_of_government|IND|2004-05-22|2014-05-26
P|?|Thaksin Shinawatra|THA||Thaksin Shinawatra|Thaksin,Shinawatra
R|head_of_government|THA|2001-02-09|2006-09-19|Prime Minister of Thailand|Ministerpräsident Thailands
P|?|Hu Jintao|CHN||Hu Jintao|
R|head_of_state|CHN|2003-03-15|2013-03-14
P|?|Wen Jiabao|CHN||Wen Jiabao|Wen
R|head_of_government|CHN|2003-03-16|2013-03-15
P|?|Junichiro Koizumi|JPN|Jun'ichirō Koizumi|Jun’ichirō Koizumi,Junichiro Koizumi|Koizumi
R|head_of_government|JPN|2001-04-26|2006-09-26
P|?|Roh Moo-hyun|KOR||Roh Moo-hyun|Roh
R|head_of_state|KOR|2003-02-25|2008-02-25
P|?|Lee Myung-bak|KOR||Lee Myung-bak|Lee
R|head_of_state|KOR|2008-02-25|2013-02-25
P|?|Fidel Castro|CUB|Fidel Alejandro Castro Ruz|Fidel Castro|Castro
R|head_of_state|CUB|1976-12-02|2008-02-24
P|?|Raúl Castro|CUB|Raul Castro|Raúl Castro|Castro
R|head_of_state|CUB|2008-02-24|2018-04-19
P|?|Hugo Chávez|VEN|Hugo Chavez|Hugo Chávez,Hugo Chavez|Chávez,Chavez
R|head_of_state|VEN|1999-02-02|2013-03-05
P|?|Evo Morales|BOL||Evo Morales|Morales
R|head_of_state|BOL|2006-01-22|2019-11-10|President of Bolivia|Präsident Boliviens
P|?|Nelson Mandela|ZAF|Nelson Rolihlahla Mandela|Nelson Mandela|Mandela
R|head_of_state|ZAF|1994-05-10|1999-06-16
P|?|Thabo Mbeki|ZAF||Thabo Mbeki|Mbeki
R|head_of_state|ZAF|1999-06-16|2008-09-25
P|?|Robert Mugabe|ZWE||Robert Mugabe|Mugabe
R|head_of_government|ZWE|1980-04-18|1987-12-31|Prime Minister of Zimbabwe|Premierminister Simbabwes
R|head_of_state|ZWE|1987-12-31|2017-11-21|President of Zimbabwe|Präsident Simbabwes
P|?|Slobodan Milošević|SRB|Slobodan Milosevic|Slobodan Milošević,Slobodan Milosevic|Milošević,Milosevic
R|head_of_state|SRB|1997-07-23|2000-10-07|President of Yugoslavia|Präsident Jugoslawiens
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(",") if x.strip()]


def parse() -> list[dict]:
    people: list[dict] = []
    cur: dict | None = None
    for raw in PEOPLE.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        if f[0] == "P":
            _, pid, name, a3, en, de, short = (f + [""] * 7)[:7]
            if pid.startswith("?"):
                pid = "chronik:per-" + _slug(name)
            last = name.split()[-1]
            # a regnal numeral ("Elizabeth II") is no surname: such names get no short form
            shorts = _split(short) if short else (
                [] if " " not in name or re.fullmatch(r"[IVXLC]+", last) else [last])
            cur = {"id": pid, "name": name, "type": "PER", "country": a3 or None,
                   "aliases": {"en": list(dict.fromkeys([name] + _split(en))),
                               "de": list(dict.fromkeys(_split(de) or [name]))},
                   "roles": [], "short": shorts}
            people.append(cur)
        elif f[0] == "R" and cur is not None:
            _, key, scope, start, end, title, title_de = (f + [""] * 7)[:7]
            is_country = bool(re.fullmatch(r"[A-Z]{3}", scope))
            t_en, t_de = TITLES.get((key, scope), (title or key.replace("_", " "), title_de or None))
            role = {"key": key, "title": title or t_en, "title_de": title_de or t_de,
                    "country": scope if is_country else None,
                    "start": start or None, "end": end or None}
            if not is_country:
                role["org"] = scope
            cur["roles"].append(role)
        else:
            raise SystemExit(f"build_kb_data_people: bad line: {raw}")
    return people


def build(state_ids: dict[str, str]) -> list[dict]:
    return parse()
