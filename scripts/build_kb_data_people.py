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

from kb_slug import slug

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
    ("head_of_state", "SUN"): ("Head of State of the Soviet Union", "Staatsoberhaupt der Sowjetunion"),
    ("leader", "SUN"): ("General Secretary of the Communist Party of the Soviet Union", "Generalsekretär der KPdSU"),
    ("head_of_government", "SUN"): ("Premier of the Soviet Union", "Regierungschef der Sowjetunion"),
    ("foreign_minister", "SUN"): ("Minister of Foreign Affairs of the Soviet Union", "Außenminister der Sowjetunion"),
    ("defence_minister", "SUN"): ("Minister of Defence of the Soviet Union", "Verteidigungsminister der Sowjetunion"),
    ("head_of_state", "YUG"): ("President of Yugoslavia", "Präsident Jugoslawiens"),
    ("head_of_state", "DDR"): ("Head of State of East Germany", "Staatsoberhaupt der DDR"),
    ("head_of_government", "DDR"): ("Prime Minister of East Germany", "Ministerpräsident der DDR"),
    ("head_of_state", "CSK"): ("President of Czechoslovakia", "Präsident der Tschechoslowakei"),
    ("head_of_government", "CUB"): ("Prime Minister of Cuba", "Ministerpräsident Kubas"),
    ("foreign_minister", "CUB"): ("Minister of Foreign Affairs of Cuba", "Außenminister Kubas"),
    ("defence_minister", "CUB"): ("Minister of the Revolutionary Armed Forces of Cuba", "Verteidigungsminister Kubas"),
    ("speaker", "CUB"): ("President of the National Assembly of People's Power of Cuba", "Parlamentspräsident Kubas"),
    ("foreign_minister", "IRQ"): ("Minister of Foreign Affairs of Iraq", "Außenminister des Irak"),
    ("head_of_state", "IRQ"): ("President of Iraq", "Präsident des Irak"),
    ("deputy_head_of_government", "IRQ"): ("Deputy Prime Minister of Iraq", "Vizeregierungschef des Irak"),
    ("head_of_state", "KHM"): ("King of Cambodia", "König von Kambodscha"),
    ("head_of_government", "KHM"): ("Prime Minister of Cambodia", "Ministerpräsident Kambodschas"),
    ("head_of_state", "HRV"): ("President of Croatia", "Präsident Kroatiens"),
    ("head_of_government", "SRB"): ("Prime Minister of Serbia", "Ministerpräsident Serbiens"),
    ("head_of_state", "CAN"): ("Monarch of Canada", "Staatsoberhaupt Kanadas"),
    ("head_of_state", "PAK"): ("President of Pakistan", "Präsident Pakistans"),
    ("foreign_minister", "EGY"): ("Minister of Foreign Affairs of Egypt", "Außenminister Ägyptens"),
    ("foreign_minister", "SYR"): ("Minister of Foreign Affairs of Syria", "Außenminister Syriens"),
    ("head_of_state", "THA"): ("King of Thailand", "König von Thailand"),
    ("head_of_state", "PER"): ("President of Peru", "Präsident Perus"),
    ("head_of_state", "CHL"): ("President of Chile", "Präsident Chiles"),
    ("head_of_state", "COL"): ("President of Colombia", "Präsident Kolumbiens"),
    ("head_of_state", "HTI"): ("President of Haiti", "Präsident Haitis"),
    ("head_of_government", "MYS"): ("Prime Minister of Malaysia", "Premierminister Malaysias"),
    ("head_of_state", "COD"): ("President of the Democratic Republic of the Congo", "Präsident der Demokratischen Republik Kongo"),
    ("head_of_state", "RWA"): ("President of Rwanda", "Präsident Ruandas"),
    ("head_of_state", "UGA"): ("President of Uganda", "Präsident Ugandas"),
    ("head_of_state", "SDN"): ("President of Sudan", "Präsident des Sudan"),
    ("head_of_state", "TZA"): ("President of Tanzania", "Präsident Tansanias"),
    ("head_of_state", "LBR"): ("President of Liberia", "Präsident Liberias"),
    ("head_of_state", "BIH"): ("Chairman of the Presidency of Bosnia and Herzegovina", "Vorsitzender des Staatspräsidiums von Bosnien und Herzegowina"),
    ("foreign_minister", "CZE"): ("Minister of Foreign Affairs of the Czech Republic", "Außenminister Tschechiens"),
    ("head_of_government", "CZE"): ("Prime Minister of the Czech Republic", "Ministerpräsident Tschechiens"),
    ("head_of_government", "NZL"): ("Prime Minister of New Zealand", "Premierminister Neuseelands"),
    ("head_of_state", "ESP"): ("King of Spain", "König von Spanien"),
    ("head_of_state", "NLD"): ("King of the Netherlands", "König der Niederlande"),
    ("head_of_state", "BEL"): ("King of the Belgians", "König der Belgier"),
    ("head_of_government", "IRL"): ("Taoiseach (Prime Minister of Ireland)", "Premierminister Irlands"),
    ("head_of_state", "ARM"): ("President of Armenia", "Präsident Armeniens"),
    ("head_of_government", "BGD"): ("Prime Minister of Bangladesh", "Premierminister von Bangladesch"),
    ("head_of_state", "ETH"): ("President of Ethiopia", "Präsident Äthiopiens"),
    ("head_of_state", "NIC"): ("President of Nicaragua", "Präsident Nicaraguas"),
    ("head_of_government", "PSE"): ("Prime Minister of the Palestinian Authority", "Ministerpräsident der Palästinensischen Autonomiebehörde"),
    ("head_of_government", "YUG"): ("Prime Minister of Yugoslavia", "Ministerpräsident Jugoslawiens"),
    ("foreign_minister", "YUG"): ("Minister of Foreign Affairs of Yugoslavia", "Außenminister Jugoslawiens"),
    ("foreign_minister", "SRB"): ("Minister of Foreign Affairs of Serbia", "Außenminister Serbiens"),
    ("head_of_state", "BGR"): ("President of Bulgaria", "Präsident Bulgariens"),
    ("head_of_government", "BGR"): ("Prime Minister of Bulgaria", "Ministerpräsident Bulgariens"),
    ("head_of_state", "HUN"): ("President of Hungary", "Präsident Ungarns"),
    ("head_of_government", "THA"): ("Prime Minister of Thailand", "Ministerpräsident Thailands"),
    ("foreign_minister", "SWE"): ("Minister for Foreign Affairs of Sweden", "Außenminister Schwedens"),
    ("foreign_minister", "DNK"): ("Minister of Foreign Affairs of Denmark", "Außenminister Dänemarks"),
    ("head_of_state", "SWE"): ("King of Sweden", "König von Schweden"),
    ("head_of_state", "NOR"): ("King of Norway", "König von Norwegen"),
    ("deputy_head_of_state", "SUN"): ("Vice President of the Soviet Union", "Vizepräsident der Sowjetunion"),
    ("intelligence_chief", "SUN"): ("Chairman of the KGB", "KGB-Chef"),
}

# Gender (KB field `gender`): the women of PEOPLE by their name; every other person of the
# table is a man (each checked by hand). A name here that PEOPLE lacks stops the build.
WOMEN = frozenset(x.strip() for x in """
Maria Zakharova, Valentina Matviyenko, Elvira Nabiullina, Yulia Svyrydenko, Yulia Tymoshenko,
Yulia Navalnaya, Kamala Harris, Janet Yellen, Karoline Leavitt, Tulsi Gabbard, Linda Thomas-Greenfield,
Hillary Clinton, Condoleezza Rice, Madeleine Albright, Janet Reno, Nancy Pelosi, Pam Bondi, Susan Rice,
Samantha Power, Nikki Haley, Gina Haspel, Sarah Palin, Monica Lewinsky, Linda Tripp, Karine Jean-Pierre,
Kristi Noem, Catherine Russell, Angela Merkel, Annalena Baerbock, Ursula von der Leyen,
Annegret Kramp-Karrenbauer, Christine Lambrecht, Nancy Faeser, Bärbel Bas, Julia Klöckner,
Brigitte Zypries, Ulla Schmidt, Renate Künast, Claudia Roth, Sahra Wagenknecht, Franziska Giffey,
Hannelore Kraft, Malu Dreyer, Manuela Schwesig, Sabine Leutheusser-Schnarrenberger, Annette Schavan,
Ilse Aigner, Andrea Nahles, Saskia Esken, Katja Kipping, Frauke Petry, Alice Weidel, Svenja Schulze,
Anja Karliczek, Bettina Stark-Watzinger, Katarina Barley, Steffi Lemke, Lisa Paus, Anne Spiegel,
Klara Geywitz, Edelgard Bulmahn, Heidemarie Wieczorek-Zeul, Katherina Reiche, Karin Prien, Nina Warken,
Dorothee Bär, Stefanie Hubig, Reem Alabali-Radovan, Verena Hubertz, Ricarda Lang, Franziska Brantner,
Janine Wissler, Ines Schwerdtner, Amira Mohamed Ali, Anke Rehlinger, Heidi Reichinnek,
Élisabeth Borne, Catherine Colonna, Florence Parly, Catherine Vautrin, Édith Cresson, Michèle Alliot-Marie,
Marine Le Pen, Christine Lagarde, Elizabeth II, Theresa May, Liz Truss, Yvette Cooper, Rachel Reeves,
Shabana Mahmood, Margaret Thatcher, Margaret Beckett, Mo Mowlam, Suella Braverman, Angela Rayner,
Kemi Badenoch, Kirsty Coventry, Mao Ning, Sanae Takaichi, Yoko Kamikawa, Makiko Tanaka, Tomoko Akane,
Park Geun-hye, Kim Yo-jong, Choe Son-hui, Tsai Ing-wen, Droupadi Murmu, Sushma Swaraj, Nirmala Sitharaman,
Benazir Bhutto, Sheikh Hasina, Khaleda Zia, Retno Marsudi, Megawati Sukarnoputri, Corazon Aquino,
Gloria Macapagal Arroyo, Yingluck Shinawatra, Kaja Kallas, Roberta Metsola, Kristalina Georgieva,
Mirjana Spoljaric Egger, Ngozi Okonjo-Iweala, Dilma Rousseff, Cristina Fernández de Kirchner,
Michelle Bachelet, Dina Boluarte, Claudia Sheinbaum, Delcy Rodríguez, María Corina Machado, Diana Mondino,
Mélanie Joly, Anita Anand, Chrystia Freeland, Kim Campbell, Giorgia Meloni, Susanna Agnelli, Emma Bonino,
Federica Mogherini, Penny Wong, Julia Gillard, Helen Clark, Jacinda Ardern, Beate Meinl-Reisinger,
Klaudia Tanner, Karin Keller-Sutter, Sanna Marin, Tarja Halonen, Elina Valtonen, Mette Frederiksen,
Helle Thorning-Schmidt, Margrethe II, Magdalena Andersson, Maria Malmer Stenergard, Gro Harlem Brundtland,
Erna Solberg, Beatrix, Margarita Robles, Beata Szydło, Katalin Novák, Zuzana Čaputová, Ana Brnabić,
Maia Sandu, Salome Zourabichvili, Tansu Çiller, Tzipi Livni, Evika Siliņa, Baiba Braže, Ingrida Šimonytė,
Naledi Pandor
""".replace("\n", " ").split(",") if x.strip())

PEOPLE = """
# --- Russia ---
P|Q7747|Vladimir Putin|RUS|Vladimir Vladimirovich Putin,Wladimir Putin|Wladimir Putin,Wladimir Wladimirowitsch Putin,Vladimir Putin|Putin
R|head_of_government|RUS|1999-08-09|2000-05-07
R|head_of_state|RUS|1999-12-31|2000-05-07|Acting President of Russia|amtierender Präsident Russlands
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
R|regional_head|UKR|2014-06-05||Mayor of Kyiv|Bürgermeister von Kiew
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
R|intelligence_chief|USA|2017-01-23|2018-04-26|Director of the Central Intelligence Agency|CIA-Direktor
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
R|central_bank_governor|USA|2014-02-03|2018-02-03|Chair of the Federal Reserve|Chefin der US-Notenbank Fed
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
R|leader|chronik:org-cdu|2000-04-10|2018-12-07|Chairwoman of the CDU|CDU-Vorsitzende
R|head_of_government|DEU|2005-11-22|2021-12-08|Chancellor of Germany|Bundeskanzlerin
P|Q61053|Olaf Scholz|DEU||Olaf Scholz|Scholz
R|minister|DEU|2007-11-21|2009-10-28|Federal Minister of Labour and Social Affairs|Bundesarbeitsminister
R|regional_head|DEU|2011-03-07|2018-03-13|First Mayor of Hamburg|Erster Bürgermeister Hamburgs
R|finance_minister|DEU|2018-03-14|2021-12-08
R|deputy_head_of_government|DEU|2018-03-14|2021-12-08
R|head_of_government|DEU|2021-12-08|2025-05-06
P|?|Friedrich Merz|DEU|Friedrich Merz|Friedrich Merz|Merz
R|head_of_government|DEU|2025-05-06|
R|leader|chronik:org-cdu|2022-01-31||Chairman of the CDU|CDU-Vorsitzender
P|?|Frank-Walter Steinmeier|DEU||Frank-Walter Steinmeier|Steinmeier
R|office|DEU|1999-07-07|2005-11-22|Head of the Federal Chancellery|Kanzleramtschef
R|deputy_head_of_government|DEU|2007-11-21|2009-10-28
R|foreign_minister|DEU|2005-11-22|2009-10-28
R|foreign_minister|DEU|2013-12-17|2017-01-27
R|head_of_state|DEU|2017-03-19|
P|?|Joachim Gauck|DEU||Joachim Gauck|Gauck
R|head_of_state|DEU|2012-03-18|2017-03-18
P|?|Sigmar Gabriel|DEU||Sigmar Gabriel|Gabriel
R|minister|DEU|2005-11-22|2009-10-28|Federal Minister for the Environment|Bundesumweltminister
R|leader|chronik:org-spd|2009-11-13|2017-03-19|Chairman of the SPD|SPD-Vorsitzender
R|deputy_head_of_government|DEU|2013-12-17|2018-03-14
R|minister|DEU|2013-12-17|2017-01-27|Federal Minister for Economic Affairs and Energy|Bundeswirtschaftsminister
R|foreign_minister|DEU|2017-01-27|2018-03-14
P|Q108447|Heiko Maas|DEU||Heiko Maas|Maas
R|minister|DEU|2013-12-17|2018-03-14|Federal Minister of Justice|Bundesjustizminister
R|foreign_minister|DEU|2018-03-14|2021-12-08
P|?|Annalena Baerbock|DEU||Annalena Baerbock|Baerbock
R|foreign_minister|DEU|2021-12-08|2025-05-06|Federal Minister for Foreign Affairs|Bundesaußenministerin
R|secretary_general|chronik:org-un-general-assembly|2025-09-09||President of the United Nations General Assembly|Präsidentin der UN-Generalversammlung
R|leader|chronik:org-greens-de|2018-01-27|2022-01-29|Co-chair of the Greens|Grünen-Vorsitzende
P|?|Johann Wadephul|DEU||Johann Wadephul|Wadephul
R|foreign_minister|DEU|2025-05-06|
P|Q60772|Ursula von der Leyen|DEU|Ursula Gertrud von der Leyen|Ursula von der Leyen|von der Leyen
R|minister|DEU|2005-11-22|2009-11-30|Federal Minister for Family Affairs|Bundesfamilienministerin
R|minister|DEU|2009-11-30|2013-12-17|Federal Minister of Labour and Social Affairs|Bundesarbeitsministerin
R|defence_minister|DEU|2013-12-17|2019-07-17|Federal Minister of Defence|Bundesverteidigungsministerin
R|secretary_general|chronik:org-european-commission|2019-12-01||President of the European Commission|Präsidentin der EU-Kommission
P|?|Annegret Kramp-Karrenbauer|DEU|AKK|Annegret Kramp-Karrenbauer,AKK|Kramp-Karrenbauer
R|defence_minister|DEU|2019-07-17|2021-12-08|Federal Minister of Defence|Bundesverteidigungsministerin
P|?|Christine Lambrecht|DEU||Christine Lambrecht|Lambrecht
R|minister|DEU|2019-06-27|2021-12-08|Federal Minister of Justice|Bundesjustizministerin
R|defence_minister|DEU|2021-12-08|2023-01-19|Federal Minister of Defence|Bundesverteidigungsministerin
P|?|Boris Pistorius|DEU||Boris Pistorius|Pistorius
R|defence_minister|DEU|2023-01-19|
P|?|Christian Lindner|DEU||Christian Lindner|Lindner
R|finance_minister|DEU|2021-12-08|2024-11-07
R|leader|chronik:org-fdp|2013-12-07|2025-05-16|Chairman of the FDP|FDP-Vorsitzender
P|?|Jörg Kukies|DEU|Jorg Kukies|Jörg Kukies|Kukies
R|finance_minister|DEU|2024-11-07|2025-05-06
P|?|Lars Klingbeil|DEU||Lars Klingbeil|Klingbeil
R|finance_minister|DEU|2025-05-06|
R|deputy_head_of_government|DEU|2025-05-06|
R|leader|chronik:org-spd|2021-12-11||Co-chair of the SPD|SPD-Kovorsitzender
P|?|Robert Habeck|DEU||Robert Habeck|Habeck
R|leader|chronik:org-greens-de|2018-01-27|2022-01-29|Co-chair of the Greens|Grünen-Vorsitzender
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister for Economic Affairs and Climate Action|Bundeswirtschaftsminister
R|deputy_head_of_government|DEU|2021-12-08|2025-05-06
P|?|Nancy Faeser|DEU||Nancy Faeser|Faeser
R|interior_minister|DEU|2021-12-08|2025-05-06|Federal Minister of the Interior|Bundesinnenministerin
P|?|Alexander Dobrindt|DEU||Alexander Dobrindt|Dobrindt
R|minister|DEU|2013-12-17|2017-10-24|Federal Minister of Transport|Bundesverkehrsminister
R|interior_minister|DEU|2025-05-06|
P|?|Steffen Hebestreit|DEU||Steffen Hebestreit|Hebestreit
R|spokesperson|DEU|2021-12-08|2025-05-06|Spokesperson of the German Federal Government|Regierungssprecher
P|?|Stefan Kornelius|DEU||Stefan Kornelius|Kornelius
R|spokesperson|DEU|2025-05-07||Spokesperson of the German Federal Government|Regierungssprecher
P|?|Bärbel Bas|DEU|Barbel Bas|Bärbel Bas|Bas
R|speaker|DEU|2021-10-26|2025-03-25|President of the Bundestag|Bundestagspräsidentin
R|minister|DEU|2025-05-06||Federal Minister of Labour and Social Affairs|Bundesarbeitsministerin
R|leader|chronik:org-spd|2025-06-27||Co-chair of the SPD|SPD-Kovorsitzende
P|?|Julia Klöckner|DEU|Julia Klockner|Julia Klöckner|Klöckner
R|minister|DEU|2018-03-14|2021-12-08|Federal Minister of Food and Agriculture|Bundeslandwirtschaftsministerin
R|speaker|DEU|2025-03-25||President of the Bundestag|Bundestagspräsidentin
P|?|Markus Söder|DEU|Markus Soder|Markus Söder|Söder
R|regional_head|DEU|2018-03-16||Minister-President of Bavaria|bayerischer Ministerpräsident
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
R|defence_minister|FRA|2012-05-16|2017-05-17
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
R|head_of_state|CAN|2022-09-08||King of Canada|König von Kanada
R|head_of_state|AUS|2022-09-08||King of Australia|König von Australien
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
R|defence_minister|GBR|2011-10-14|2014-07-15
R|foreign_minister|GBR|2014-07-15|2016-07-13
P|?|Jeremy Hunt|GBR||Jeremy Hunt|Hunt
R|foreign_minister|GBR|2018-07-09|2019-07-24
R|finance_minister|GBR|2022-10-14|2024-07-05
P|?|Dominic Raab|GBR||Dominic Raab|Raab
R|foreign_minister|GBR|2019-07-24|2021-09-15
P|?|James Cleverly|GBR||James Cleverly|Cleverly
R|foreign_minister|GBR|2022-09-06|2023-11-13
R|interior_minister|GBR|2023-11-13|2024-07-05
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
R|head_of_government|JPN|2006-09-26|2007-09-26
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
R|foreign_minister|PRK|2020-01|2022-06-11|Minister of Foreign Affairs of North Korea|Außenminister Nordkoreas
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
R|foreign_minister|ISR|2002-11-06|2003-02-28
R|head_of_government|ISR|1996-06-18|1999-07-06
R|head_of_government|ISR|2009-03-31|2021-06-13
R|head_of_government|ISR|2022-12-29|
P|?|Naftali Bennett|ISR||Naftali Bennett|Bennett
R|head_of_government|ISR|2021-06-13|2022-06-30
P|?|Yair Lapid|ISR||Jair Lapid,Yair Lapid|Lapid
R|foreign_minister|ISR|2021-06-13|2022-07-01
R|head_of_government|ISR|2022-07-01|2022-12-29
P|?|Isaac Herzog|ISR|Yitzhak Herzog|Isaac Herzog,Jizchak Herzog,Jitzchak Herzog|Herzog
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
R|head_of_government|IRN|1981-10-13|1989-08-03
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
R|head_of_state|SYR|2024-12-08|2025-01-29|De facto leader of Syria|De-facto-Machthaber Syriens
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
R|head_of_government|NOR|2000-03-17|2001-10-19
R|head_of_government|NOR|2005-10-17|2013-10-16
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
R|head_of_government|POL|2007-11-16|2014-09-22
R|secretary_general|chronik:org-european-council|2014-12-01|2019-12-01|President of the European Council|EU-Ratspräsident
R|head_of_government|POL|2023-12-13|
P|?|Mateusz Morawiecki|POL||Mateusz Morawiecki|Morawiecki
R|head_of_government|POL|2017-12-11|2023-12-13
P|?|Radosław Sikorski|POL|Radoslaw Sikorski,Radek Sikorski|Radosław Sikorski,Radoslaw Sikorski|Sikorski
R|foreign_minister|POL|2023-12-13|
P|?|Władysław Kosiniak-Kamysz|POL|Wladyslaw Kosiniak-Kamysz|Władysław Kosiniak-Kamysz|Kosiniak-Kamysz
R|defence_minister|POL|2023-12-13|
P|?|Viktor Orbán|HUN|Viktor Orban|Viktor Orbán,Viktor Orban|Orbán,Orban
R|head_of_government|HUN|1998-07-06|2002-05-27
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
R|head_of_government|SRB|2014-04-27|2017-05-31
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
P|Q450675|Pope Francis|VAT|Francis,Jorge Mario Bergoglio|Papst Franziskus,Franziskus,Jorge Mario Bergoglio|Franziskus,Bergoglio
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
R|defence_minister|USA|1989-03-21|1993-01-20
R|deputy_head_of_state|USA|2001-01-20|2009-01-20
P|?|Colin Powell|USA|Colin Luther Powell|Colin Powell|Powell
R|military_chief|USA|1989-10-01|1993-10-01|Chairman of the Joint Chiefs of Staff|Generalstabschef der US-Streitkräfte
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
R|secretary_general|chronik:org-imf|2000-05-01|2004-03-05|Managing Director of the IMF|Direktor des IWF
R|head_of_state|DEU|2004-07-01|2010-05-31
P|?|Christian Wulff|DEU||Christian Wulff|Wulff
R|head_of_state|DEU|2010-07-02|2012-02-17
P|?|Johannes Rau|DEU||Johannes Rau|Rau
R|head_of_state|DEU|1999-07-01|2004-07-01
P|?|Karl-Theodor zu Guttenberg|DEU||Karl-Theodor zu Guttenberg|Guttenberg
R|minister|DEU|2009-02-10|2009-10-28|Federal Minister of Economics and Technology|Bundeswirtschaftsminister
R|defence_minister|DEU|2009-10-28|2011-03-03
P|?|Thomas de Maizière|DEU|Thomas de Maiziere|Thomas de Maizière|de Maizière,Maizière
R|interior_minister|DEU|2009-10-28|2011-03-03
R|defence_minister|DEU|2011-03-03|2013-12-17
R|interior_minister|DEU|2013-12-17|2018-03-14
P|?|Wolfgang Schäuble|DEU|Wolfgang Schaeuble|Wolfgang Schäuble|Schäuble,Schaeuble
R|interior_minister|DEU|1989-04-21|1991-11-26
R|leader|chronik:org-cdu|1998-11-07|2000-04-10|Chairman of the CDU|CDU-Vorsitzender
R|speaker|DEU|2017-10-24|2021-10-26|President of the Bundestag|Bundestagspräsident
R|interior_minister|DEU|2005-11-22|2009-10-28
R|finance_minister|DEU|2009-10-28|2017-10-24
P|?|Peer Steinbrück|DEU|Peer Steinbrueck|Peer Steinbrück|Steinbrück
R|finance_minister|DEU|2005-11-22|2009-10-28
P|?|Otto Schily|DEU||Otto Schily|Schily
R|interior_minister|DEU|1998-10-27|2005-11-22
P|?|Jacques Chirac|FRA|Jacques René Chirac|Jacques Chirac|Chirac
R|head_of_government|FRA|1974-05-27|1976-08-26
R|head_of_government|FRA|1986-03-20|1988-05-10
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
R|head_of_government|RUS|1991-11-06|1992-06-15
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
R|head_of_government|IRQ|1979-07-16|1991-03-23
R|head_of_government|IRQ|1994-05-29|2003-04-09
R|head_of_state|IRQ|1979-07-16|2003-04-09|President of Iraq|Präsident des Irak
P|?|Nouri al-Maliki|IRQ|Nuri al-Maliki,Nouri Maliki,Jawad al-Maliki|Nuri al-Maliki,Dschawad al-Maliki,Jawad al-Maliki|al-Maliki,Maliki
R|head_of_government|IRQ|2006-05-20|2014-09-08
P|?|Muammar Gaddafi|LBY|Muammar al-Gaddafi,Muammar Qaddafi,Moammar Gadhafi,Muammar Gadhafi|Muammar al-Gaddafi,Muammar Gaddafi,Muammar al-Ghaddafi|Gaddafi,Gadhafi,Qaddafi,Ghaddafi
R|head_of_state|LBY|1969-09-01|2011-08-23|Leader of Libya|Revolutionsführer Libyens
P|?|Hosni Mubarak|EGY|Muhammad Hosni Mubarak|Husni Mubarak,Hosni Mubarak|Mubarak
R|head_of_state|EGY|1981-10-14|2011-02-11
P|?|Mohamed Morsi|EGY|Mohammed Morsi|Mohammed Mursi,Mohammed Morsi|Morsi,Mursi
R|head_of_state|EGY|2012-06-30|2013-07-03
P|?|Yasser Arafat|PSE|Yasir Arafat|Jassir Arafat,Jassir Arafat|Arafat
R|leader|chronik:org-plo|1969-02-04|2004-11-11|Chairman of the Palestine Liberation Organization|PLO-Chef
R|head_of_state|PSE|1994-07|2004-11-11
P|?|Ariel Sharon|ISR||Ariel Scharon,Ariel Sharon|Sharon,Scharon
R|defence_minister|ISR|1981-08-05|1983-02-14
R|foreign_minister|ISR|1998-10-13|1999-07-06
R|head_of_government|ISR|2001-03-07|2006-04-14
P|?|Ehud Olmert|ISR||Ehud Olmert|Olmert
R|head_of_government|ISR|2006-04-14|2009-03-31
P|?|Shimon Peres|ISR||Schimon Peres|Peres
R|defence_minister|ISR|1995-11-04|1996-06-18
R|head_of_government|ISR|1984-09-13|1986-10-20
R|foreign_minister|ISR|1986-10-20|1988-12-22
R|foreign_minister|ISR|1992-07-13|1995-11-22
R|head_of_government|ISR|1995-11-04|1996-06-18
R|foreign_minister|ISR|2001-03-07|2002-11-02
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
R|head_of_state|AFG|2001-12-22|2014-09-29|President of Afghanistan|Präsident Afghanistans
P|?|Manmohan Singh|IND||Manmohan Singh|Singh
R|head_of_government|IND|2004-05-22|2014-05-26
P|?|Thaksin Shinawatra|THA||Thaksin Shinawatra|Thaksin,Shinawatra
R|head_of_government|THA|2001-02-09|2006-09-19|Prime Minister of Thailand|Ministerpräsident Thailands
P|?|Hu Jintao|CHN||Hu Jintao|
R|leader|chronik:org-ccp|2002-11-15|2012-11-15|General Secretary of the Chinese Communist Party|Generalsekretär der KP Chinas
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
R|head_of_government|CUB|1959-02-16|1976-12-02
R|head_of_state|CUB|1976-12-02|2008-02-24
P|?|Raúl Castro|CUB|Raul Castro|Raúl Castro|Castro
R|defence_minister|CUB|1959-10-16|2008-02-24
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
R|head_of_state|SRB|1989-05-08|1997-07-23
R|head_of_state|YUG|1997-07-23|2000-10-07
# --- office holders of 1985-2005 (English archive news of 1989-2000 names them) ---
# United States
P|Q9960|Ronald Reagan|USA|Ronald Wilson Reagan|Ronald Reagan|Reagan
R|head_of_state|USA|1981-01-20|1989-01-20
P|Q23685|Jimmy Carter|USA|James Earl Carter,James Earl Carter Jr.|Jimmy Carter|Carter
R|head_of_state|USA|1977-01-20|1981-01-20
P|Q19673|Al Gore|USA|Albert Gore,Albert Gore Jr.,Albert Arnold Gore,Al Gore Jr.|Al Gore|Gore
R|deputy_head_of_state|USA|1993-01-20|2001-01-20
P|?|Dan Quayle|USA|James Danforth Quayle,J. Danforth Quayle|Dan Quayle|Quayle
R|deputy_head_of_state|USA|1989-01-20|1993-01-20
P|?|George Shultz|USA|George P. Shultz,George Pratt Shultz|George Shultz|Shultz
R|foreign_minister|USA|1982-07-16|1989-01-20
P|?|James Baker|USA|James A. Baker,James A. Baker III,James Addison Baker|James Baker|Baker
R|finance_minister|USA|1985-02-04|1988-08-17
R|foreign_minister|USA|1989-01-25|1992-08-23
P|?|Lawrence Eagleburger|USA|Lawrence S. Eagleburger|Lawrence Eagleburger|Eagleburger
R|foreign_minister|USA|1992-08-23|1993-01-20
P|?|Warren Christopher|USA|Warren M. Christopher,Warren Minor Christopher|Warren Christopher|Christopher
R|foreign_minister|USA|1993-01-20|1997-01-17
P|?|Madeleine Albright|USA|Madeleine K. Albright,Madeleine Korbel Albright|Madeleine Albright|Albright
R|ambassador|USA|1993-01-27|1997-01-21|United States Ambassador to the United Nations|UN-Botschafterin der USA
R|foreign_minister|USA|1997-01-23|2001-01-20|United States Secretary of State|Außenministerin der Vereinigten Staaten
P|?|Caspar Weinberger|USA|Caspar W. Weinberger|Caspar Weinberger|Weinberger
R|defence_minister|USA|1981-01-21|1987-11-23
P|?|Frank Carlucci|USA|Frank C. Carlucci|Frank Carlucci|Carlucci
R|defence_minister|USA|1987-11-23|1989-01-20
P|?|Les Aspin|USA|Leslie Aspin|Les Aspin|Aspin
R|defence_minister|USA|1993-01-20|1994-02-03
P|?|William Perry|USA|William J. Perry,Bill Perry|William Perry|Perry
R|defence_minister|USA|1994-02-03|1997-01-24
P|?|William Cohen|USA|William S. Cohen,Bill Cohen,William Sebastian Cohen|William Cohen|Cohen
R|defence_minister|USA|1997-01-24|2001-01-20
P|?|Brent Scowcroft|USA||Brent Scowcroft|Scowcroft
R|security_council_secretary|USA|1989-01-20|1993-01-20
P|?|Anthony Lake|USA|Tony Lake|Anthony Lake|Anthony Lake,Tony Lake
R|security_council_secretary|USA|1993-01-20|1997-03-14
P|?|Sandy Berger|USA|Samuel Berger,Samuel R. Berger|Sandy Berger|Sandy Berger
R|security_council_secretary|USA|1997-03-14|2001-01-20
P|?|Lloyd Bentsen|USA|Lloyd M. Bentsen|Lloyd Bentsen|Bentsen
R|finance_minister|USA|1993-01-20|1994-12-22
P|?|Robert Rubin|USA|Robert E. Rubin|Robert Rubin|Rubin
R|finance_minister|USA|1995-01-11|1999-07-02
P|?|Lawrence Summers|USA|Larry Summers,Lawrence H. Summers|Lawrence Summers,Larry Summers|Summers
R|finance_minister|USA|1999-07-02|2001-01-20
P|?|Janet Reno|USA||Janet Reno|Reno
R|minister|USA|1993-03-12|2001-01-20|United States Attorney General|US-Justizministerin
P|?|Louis Freeh|USA|Louis J. Freeh|Louis Freeh|Freeh
R|office|USA|1993-09-01|2001-06-25|Director of the Federal Bureau of Investigation|FBI-Direktor
P|?|Kenneth Starr|USA|Ken Starr,Kenneth W. Starr|Kenneth Starr,Ken Starr|Starr
R|office|USA|1994-08-05|1999-10-18|Independent Counsel|Sonderermittler
P|?|George Tenet|USA|George J. Tenet|George Tenet|Tenet
R|intelligence_chief|USA|1997-07-11|2004-07-11|Director of Central Intelligence|CIA-Direktor
P|?|Paul Volcker|USA|Paul A. Volcker|Paul Volcker|Volcker
R|central_bank_governor|USA|1979-08-06|1987-08-11|Chair of the Federal Reserve|Chef der US-Notenbank Fed
P|?|Alan Greenspan|USA||Alan Greenspan|Greenspan
R|central_bank_governor|USA|1987-08-11|2006-02-01|Chair of the Federal Reserve|Chef der US-Notenbank Fed
P|?|Ben Bernanke|USA|Ben S. Bernanke,Benjamin Bernanke|Ben Bernanke|Bernanke
R|central_bank_governor|USA|2006-02-01|2014-02-01|Chair of the Federal Reserve|Chef der US-Notenbank Fed
P|?|Tom Foley|USA|Thomas S. Foley|Tom Foley|Foley
R|speaker|USA|1989-06-06|1995-01-04|Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Newt Gingrich|USA|Newton Gingrich,Newton Leroy Gingrich|Newt Gingrich|Gingrich
R|speaker|USA|1995-01-04|1999-01-06|Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Dennis Hastert|USA|J. Dennis Hastert|Dennis Hastert|Hastert
R|speaker|USA|1999-01-06|2007-01-04|Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Nancy Pelosi|USA|Nancy Patricia Pelosi|Nancy Pelosi|Pelosi
R|speaker|USA|2007-01-04|2011-01-05|Speaker of the United States House of Representatives|Sprecherin des US-Repräsentantenhauses
R|speaker|USA|2019-01-03|2023-01-03|Speaker of the United States House of Representatives|Sprecherin des US-Repräsentantenhauses
P|?|John Boehner|USA|John A. Boehner|John Boehner|Boehner
R|speaker|USA|2011-01-05|2015-10-29|Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Paul Ryan|USA|Paul D. Ryan|Paul Ryan|Paul Ryan
R|speaker|USA|2015-10-29|2019-01-03|Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Kevin McCarthy|USA||Kevin McCarthy|McCarthy
R|speaker|USA|2023-01-07|2023-10-03|Speaker of the United States House of Representatives|Sprecher des US-Repräsentantenhauses
P|?|Bill Richardson|USA|William Blaine Richardson,William Richardson|Bill Richardson|Richardson
R|ambassador|USA|1997-02-18|1998-08-18|United States Ambassador to the United Nations|UN-Botschafter der USA
R|minister|USA|1998-08-18|2001-01-20|United States Secretary of Energy|US-Energieminister
R|regional_head|USA|2003-01-01|2011-01-01|Governor of New Mexico|Gouverneur von New Mexico
P|?|Richard Holbrooke|USA|Richard C. Holbrooke|Richard Holbrooke|Holbrooke
R|office|USA|1994-09-13|1996-02-21|Assistant Secretary of State for European and Canadian Affairs|Europa-Staatssekretär im US-Außenministerium
R|ambassador|USA|1999-08-25|2001-01-20|United States Ambassador to the United Nations|UN-Botschafter der USA
# United Kingdom
P|Q7416|Margaret Thatcher|GBR|Baroness Thatcher,Lady Thatcher,Margaret Hilda Thatcher|Margaret Thatcher|Thatcher
R|head_of_government|GBR|1979-05-04|1990-11-28|Prime Minister of the United Kingdom|Premierministerin des Vereinigten Königreichs
P|?|John Major|GBR|Sir John Major|John Major|John Major
R|foreign_minister|GBR|1989-07-24|1989-10-26
R|finance_minister|GBR|1989-10-26|1990-11-28
R|head_of_government|GBR|1990-11-28|1997-05-02
P|Q9545|Tony Blair|GBR|Anthony Blair,Anthony Charles Lynton Blair,Sir Tony Blair|Tony Blair|Blair
R|leader|chronik:org-uk-labour-party|1994-07-21|2007-06-24|Leader of the Labour Party|Vorsitzender der Labour-Partei
R|head_of_government|GBR|1997-05-02|2007-06-27
P|?|Geoffrey Howe|GBR|Sir Geoffrey Howe|Geoffrey Howe|Howe
R|finance_minister|GBR|1979-05-04|1983-06-11
R|foreign_minister|GBR|1983-06-11|1989-07-24
P|?|Nigel Lawson|GBR||Nigel Lawson|Lawson
R|finance_minister|GBR|1983-06-11|1989-10-26
P|?|Norman Lamont|GBR||Norman Lamont|Lamont
R|finance_minister|GBR|1990-11-28|1993-05-27
P|?|Kenneth Clarke|GBR|Ken Clarke|Kenneth Clarke,Ken Clarke|Clarke
R|finance_minister|GBR|1993-05-27|1997-05-02
P|?|Douglas Hurd|GBR||Douglas Hurd|Hurd
R|foreign_minister|GBR|1989-10-26|1995-07-05
P|?|Malcolm Rifkind|GBR|Sir Malcolm Rifkind|Malcolm Rifkind|Rifkind
R|defence_minister|GBR|1992-04-10|1995-07-05
R|foreign_minister|GBR|1995-07-05|1997-05-02
P|?|Robin Cook|GBR||Robin Cook|Robin Cook
R|foreign_minister|GBR|1997-05-02|2001-06-08
P|?|Margaret Beckett|GBR||Margaret Beckett|Beckett
R|foreign_minister|GBR|2006-05-05|2007-06-28|Foreign Secretary of the United Kingdom|Außenministerin des Vereinigten Königreichs
P|?|Tom King|GBR||Tom King|Tom King
R|defence_minister|GBR|1989-07-24|1992-04-10
P|?|Michael Portillo|GBR||Michael Portillo|Portillo
R|defence_minister|GBR|1995-07-05|1997-05-02
P|?|George Robertson|GBR|Lord Robertson,Lord Robertson of Port Ellen|George Robertson|Robertson
R|defence_minister|GBR|1997-05-03|1999-10-11
R|secretary_general|chronik:org-nato|1999-10-14|2004-01-01|Secretary General of NATO|NATO-Generalsekretär
P|?|Geoff Hoon|GBR|Geoffrey Hoon|Geoff Hoon|Hoon
R|defence_minister|GBR|1999-10-11|2005-05-06
P|?|Michael Heseltine|GBR||Michael Heseltine|Heseltine
R|defence_minister|GBR|1983-01-06|1986-01-09
R|deputy_head_of_government|GBR|1995-07-05|1997-05-02|Deputy Prime Minister of the United Kingdom|Vizepremier des Vereinigten Königreichs
P|?|John Prescott|GBR||John Prescott|Prescott
R|deputy_head_of_government|GBR|1997-05-02|2007-06-27|Deputy Prime Minister of the United Kingdom|Vizepremier des Vereinigten Königreichs
P|?|Mo Mowlam|GBR|Marjorie Mowlam|Mo Mowlam|Mowlam
R|minister|GBR|1997-05-03|1999-10-11|Secretary of State for Northern Ireland|Nordirlandministerin
P|?|Gerry Adams|GBR|Gerard Adams|Gerry Adams|Adams
R|leader|chronik:org-sinn-fein|1983-11-13|2018-02-10|President of Sinn Féin|Vorsitzender von Sinn Féin
P|?|Martin McGuinness|GBR||Martin McGuinness|McGuinness
R|office|GBR|2007-05-08|2017-01-26|Deputy First Minister of Northern Ireland|stellvertretender Erster Minister Nordirlands
P|?|David Trimble|GBR||David Trimble|Trimble
R|regional_head|GBR|1998-07-01|2002-10-14|First Minister of Northern Ireland|Erster Minister Nordirlands
# France
P|?|François Mitterrand|FRA|Francois Mitterrand|François Mitterrand,Francois Mitterrand|Mitterrand
R|head_of_state|FRA|1981-05-21|1995-05-17
P|?|Michel Rocard|FRA||Michel Rocard|Rocard
R|head_of_government|FRA|1988-05-10|1991-05-15
P|?|Édith Cresson|FRA|Edith Cresson|Édith Cresson,Edith Cresson|Cresson
R|head_of_government|FRA|1991-05-15|1992-04-02|Prime Minister of France|Premierministerin Frankreichs
P|?|Pierre Bérégovoy|FRA|Pierre Beregovoy|Pierre Bérégovoy|Bérégovoy,Beregovoy
R|head_of_government|FRA|1992-04-02|1993-03-29
P|?|Édouard Balladur|FRA|Edouard Balladur|Édouard Balladur,Edouard Balladur|Balladur
R|head_of_government|FRA|1993-03-29|1995-05-17
P|?|Alain Juppé|FRA|Alain Juppe|Alain Juppé|Juppé,Juppe
R|defence_minister|FRA|2010-11-14|2011-02-27
R|foreign_minister|FRA|2011-02-27|2012-05-16
R|foreign_minister|FRA|1993-03-30|1995-05-17
R|head_of_government|FRA|1995-05-17|1997-06-02
P|?|Lionel Jospin|FRA||Lionel Jospin|Jospin
R|head_of_government|FRA|1997-06-02|2002-05-06
P|?|Jean-Pierre Raffarin|FRA||Jean-Pierre Raffarin|Raffarin
R|head_of_government|FRA|2002-05-06|2005-05-31
P|?|François Fillon|FRA|Francois Fillon|François Fillon|Fillon
R|head_of_government|FRA|2007-05-17|2012-05-15
P|?|Jean-Marc Ayrault|FRA||Jean-Marc Ayrault|Ayrault
R|head_of_government|FRA|2012-05-15|2014-03-31
R|foreign_minister|FRA|2016-02-11|2017-05-17
P|?|Manuel Valls|FRA||Manuel Valls|Valls
R|head_of_government|FRA|2014-03-31|2016-12-06
P|?|Laurent Fabius|FRA||Laurent Fabius|Fabius
R|head_of_government|FRA|1984-07-17|1986-03-20
R|foreign_minister|FRA|2012-05-16|2016-02-11
P|?|Roland Dumas|FRA||Roland Dumas|Dumas
R|foreign_minister|FRA|1984-12-07|1986-03-20
R|foreign_minister|FRA|1988-05-12|1993-03-29
P|?|Hervé de Charette|FRA|Herve de Charette|Hervé de Charette|de Charette
R|foreign_minister|FRA|1995-05-18|1997-06-02
P|?|Hubert Védrine|FRA|Hubert Vedrine|Hubert Védrine|Védrine,Vedrine
R|foreign_minister|FRA|1997-06-04|2002-05-07
P|?|Michèle Alliot-Marie|FRA|Michele Alliot-Marie|Michèle Alliot-Marie|Alliot-Marie
R|defence_minister|FRA|2002-05-07|2007-05-18|Minister of the Armed Forces of France|Verteidigungsministerin Frankreichs
# Germany
P|?|Helmut Schmidt|DEU||Helmut Schmidt|Helmut Schmidt
R|head_of_government|DEU|1974-05-16|1982-10-01
P|?|Richard von Weizsäcker|DEU|Richard von Weizsaecker|Richard von Weizsäcker|von Weizsäcker,Weizsäcker
R|head_of_state|DEU|1984-07-01|1994-07-01
P|?|Roman Herzog|DEU||Roman Herzog|Roman Herzog
R|head_of_state|DEU|1994-07-01|1999-07-01
P|?|Hans-Dietrich Genscher|DEU||Hans-Dietrich Genscher|Genscher
R|foreign_minister|DEU|1974-05-17|1992-05-18
R|deputy_head_of_government|DEU|1982-10-04|1992-05-18
P|?|Klaus Kinkel|DEU||Klaus Kinkel|Kinkel
R|foreign_minister|DEU|1992-05-18|1998-10-27
P|?|Theo Waigel|DEU||Theo Waigel|Waigel
R|finance_minister|DEU|1989-04-21|1998-10-27
P|?|Oskar Lafontaine|DEU||Oskar Lafontaine|Lafontaine
R|finance_minister|DEU|1998-10-27|1999-03-18
P|?|Hans Eichel|DEU||Hans Eichel|Eichel
R|finance_minister|DEU|1999-04-12|2005-11-22
P|?|Volker Rühe|DEU|Volker Ruehe|Volker Rühe|Rühe,Ruehe
R|defence_minister|DEU|1992-04-01|1998-10-27
P|?|Rudolf Scharping|DEU||Rudolf Scharping|Scharping
R|defence_minister|DEU|1998-10-27|2002-07-19
P|?|Peter Struck|DEU||Peter Struck|Struck
R|defence_minister|DEU|2002-07-19|2005-11-22
P|?|Franz Josef Jung|DEU||Franz Josef Jung|Franz Josef Jung
R|defence_minister|DEU|2005-11-22|2009-10-28
P|?|Manfred Wörner|DEU|Manfred Woerner|Manfred Wörner|Wörner,Woerner
R|defence_minister|DEU|1982-10-04|1988-05-18
R|secretary_general|chronik:org-nato|1988-07-01|1994-08-13|Secretary General of NATO|NATO-Generalsekretär
P|?|Erich Honecker|DDR||Erich Honecker|Honecker
R|leader|DDR|1971-05-03|1989-10-18|General Secretary of the Socialist Unity Party of Germany|Generalsekretär der SED
R|head_of_state|DDR|1976-10-29|1989-10-18|Chairman of the State Council of East Germany|Staatsratsvorsitzender der DDR
P|?|Egon Krenz|DEU||Egon Krenz|Krenz
R|leader|DDR|1989-10-18|1989-12-03|General Secretary of the Socialist Unity Party of Germany|Generalsekretär der SED
R|head_of_state|DDR|1989-10-24|1989-12-06|Chairman of the State Council of East Germany|Staatsratsvorsitzender der DDR
P|?|Hans Modrow|DEU||Hans Modrow|Modrow
R|head_of_government|DDR|1989-11-13|1990-04-12|Chairman of the Council of Ministers of East Germany|Vorsitzender des Ministerrats der DDR
P|?|Lothar de Maizière|DEU|Lothar de Maiziere|Lothar de Maizière|Lothar de Maizière
R|head_of_government|DDR|1990-04-12|1990-10-03
# Soviet Union and Russia
P|Q30487|Mikhail Gorbachev|RUS|Mikhail Sergeyevich Gorbachev,Mikhail Gorbachov|Michail Gorbatschow,Michail Sergejewitsch Gorbatschow|Gorbachev,Gorbachov,Gorbatschow
R|leader|SUN|1985-03-11|1991-08-24
R|head_of_state|SUN|1988-10-01|1990-03-15|Chairman of the Supreme Soviet of the Soviet Union|Vorsitzender des Obersten Sowjets der UdSSR
R|head_of_state|SUN|1990-03-15|1991-12-25|President of the Soviet Union|Präsident der Sowjetunion
P|?|Andrei Gromyko|SUN|Andrei Andreyevich Gromyko,Andrey Gromyko|Andrei Gromyko|Gromyko
R|foreign_minister|SUN|1957-02-15|1985-07-02
R|head_of_state|SUN|1985-07-02|1988-10-01|Chairman of the Presidium of the Supreme Soviet|Vorsitzender des Präsidiums des Obersten Sowjets
P|?|Eduard Shevardnadze|GEO|Eduard Amvrosiyevich Shevardnadze|Eduard Schewardnadse|Shevardnadze,Schewardnadse
R|foreign_minister|SUN|1985-07-02|1990-12-20
R|foreign_minister|SUN|1991-11-19|1991-12-26
R|head_of_state|GEO|1992-03-10|2003-11-23|Head of State of Georgia|Staatsoberhaupt Georgiens
P|?|Nikolai Ryzhkov|RUS|Nikolay Ryzhkov|Nikolai Ryschkow|Ryzhkov,Ryschkow
R|head_of_government|SUN|1985-09-27|1991-01-14
P|?|Dmitry Yazov|RUS|Dmitri Yazov|Dmitri Jasow|Yazov,Jasow
R|defence_minister|SUN|1987-05-30|1991-08-22
P|?|Andrei Kozyrev|RUS|Andrey Kozyrev|Andrei Kosyrew|Kozyrev,Kosyrew
R|foreign_minister|RUS|1990-10-11|1996-01-05
P|?|Yevgeny Primakov|RUS|Yevgeniy Primakov,Evgeny Primakov|Jewgeni Primakow,Jewgenij Primakow|Primakov,Primakow
R|intelligence_chief|RUS|1991-12-26|1996-01-09|Director of the Foreign Intelligence Service of Russia|Chef des Auslandsgeheimdienstes
R|foreign_minister|RUS|1996-01-09|1998-09-11
R|head_of_government|RUS|1998-09-11|1999-05-12
P|?|Viktor Chernomyrdin|RUS|Viktor Stepanovich Chernomyrdin|Wiktor Tschernomyrdin,Viktor Tschernomyrdin|Chernomyrdin,Tschernomyrdin
R|head_of_government|RUS|1992-12-14|1998-03-23
R|head_of_government|RUS|1998-08-23|1998-09-11|Acting Prime Minister of Russia|amtierender Ministerpräsident Russlands
R|ambassador|RUS|2001-05-21|2009-06-11|Ambassador of Russia to Ukraine|russischer Botschafter in der Ukraine
P|?|Sergei Kiriyenko|RUS|Sergey Kiriyenko,Sergei Kiriyenko|Sergej Kirijenko,Sergei Kirijenko|Kiriyenko,Kirijenko
R|head_of_government|RUS|1998-03-23|1998-08-23
P|?|Sergei Stepashin|RUS|Sergey Stepashin|Sergej Stepaschin,Sergei Stepaschin|Stepashin,Stepaschin
R|head_of_government|RUS|1999-05-12|1999-08-09
P|?|Mikhail Kasyanov|RUS|Mikhail Kasianov|Michail Kasjanow|Kasyanov,Kasjanow
R|head_of_government|RUS|2000-05-07|2004-02-24
P|?|Mikhail Fradkov|RUS||Michail Fradkow|Fradkov,Fradkow
R|head_of_government|RUS|2004-03-05|2007-09-14
P|?|Viktor Zubkov|RUS||Wiktor Subkow|Zubkov,Subkow
R|head_of_government|RUS|2007-09-14|2008-05-08
P|?|Igor Ivanov|RUS|Igor Sergeyevich Ivanov|Igor Iwanow|Igor Ivanov
R|foreign_minister|RUS|1998-09-11|2004-03-09
R|security_council_secretary|RUS|2004-03-09|2007-07-09
P|?|Pavel Grachev|RUS|Pavel Grachov|Pawel Gratschow|Grachev,Gratschow
R|defence_minister|RUS|1992-05-18|1996-06-17
P|?|Igor Sergeyev|RUS|Igor Sergeev|Igor Sergejew|Sergeyev,Sergejew
R|defence_minister|RUS|1997-05-22|2001-03-28
P|?|Alexander Lebed|RUS|Aleksandr Lebed|Alexander Lebed|Lebed
R|security_council_secretary|RUS|1996-06-18|1996-10-17
P|?|Anatoly Serdyukov|RUS|Anatoliy Serdyukov|Anatoli Serdjukow|Serdyukov,Serdjukow
R|defence_minister|RUS|2007-02-15|2012-11-06
# China
P|?|Deng Xiaoping|CHN|Teng Hsiao-ping|Deng Xiaoping|Deng
R|leader|CHN|1978-12-22|1989-11-09|Paramount Leader of China|Führender Politiker Chinas
P|?|Zhao Ziyang|CHN||Zhao Ziyang|Zhao Ziyang
R|head_of_government|CHN|1980-09-10|1987-11-24
R|leader|chronik:org-ccp|1987-01-16|1989-06-24|General Secretary of the Chinese Communist Party|Generalsekretär der KP Chinas
P|?|Yang Shangkun|CHN||Yang Shangkun|Yang Shangkun
R|head_of_state|CHN|1988-04-08|1993-03-27
P|?|Jiang Zemin|CHN||Jiang Zemin|Jiang
R|leader|chronik:org-ccp|1989-06-24|2002-11-15|General Secretary of the Chinese Communist Party|Generalsekretär der KP Chinas
R|head_of_state|CHN|1993-03-27|2003-03-15
P|?|Li Peng|CHN||Li Peng|Li Peng
R|head_of_government|CHN|1987-11-24|1998-03-17
R|speaker|CHN|1998-03-16|2003-03-15|Chairman of the Standing Committee of the National People's Congress|Vorsitzender des Nationalen Volkskongresses
P|?|Zhu Rongji|CHN||Zhu Rongji|Zhu Rongji,Zhu
R|head_of_government|CHN|1998-03-17|2003-03-16
P|?|Qian Qichen|CHN||Qian Qichen|Qian Qichen,Qian
R|foreign_minister|CHN|1988-04-09|1998-03-18
P|?|Tang Jiaxuan|CHN||Tang Jiaxuan|Tang Jiaxuan
R|foreign_minister|CHN|1998-03-18|2003-03-17
P|?|Li Zhaoxing|CHN||Li Zhaoxing|Li Zhaoxing
R|foreign_minister|CHN|2003-03-17|2007-04-27
P|?|Yang Jiechi|CHN||Yang Jiechi|Yang Jiechi
R|foreign_minister|CHN|2007-04-27|2013-03-16
P|?|Chi Haotian|CHN||Chi Haotian|Chi Haotian
R|defence_minister|CHN|1993-03-07|2003-03-17
# Japan
P|?|Noboru Takeshita|JPN||Noboru Takeshita|Takeshita
R|head_of_government|JPN|1987-11-06|1989-06-03
P|?|Toshiki Kaifu|JPN||Toshiki Kaifu|Kaifu
R|head_of_government|JPN|1989-08-10|1991-11-05
P|?|Kiichi Miyazawa|JPN||Kiichi Miyazawa|Miyazawa
R|head_of_government|JPN|1991-11-05|1993-08-09
P|?|Morihiro Hosokawa|JPN||Morihiro Hosokawa|Hosokawa
R|head_of_government|JPN|1993-08-09|1994-04-28
P|?|Tomiichi Murayama|JPN||Tomiichi Murayama|Murayama
R|head_of_government|JPN|1994-06-30|1996-01-11
P|?|Ryutaro Hashimoto|JPN|Ryūtarō Hashimoto|Ryutaro Hashimoto|Hashimoto
R|head_of_government|JPN|1996-01-11|1998-07-30
P|?|Keizo Obuchi|JPN|Keizō Obuchi|Keizo Obuchi|Obuchi
R|head_of_government|JPN|1998-07-30|2000-04-05
P|?|Yoshiro Mori|JPN|Yoshirō Mori|Yoshiro Mori|Mori
R|head_of_government|JPN|2000-04-05|2001-04-26
P|?|Yasuo Fukuda|JPN||Yasuo Fukuda|Fukuda
R|head_of_government|JPN|2007-09-26|2008-09-24
P|?|Taro Aso|JPN|Tarō Asō|Taro Aso|Aso
R|foreign_minister|JPN|2005-10-31|2007-08-27
R|head_of_government|JPN|2008-09-24|2009-09-16
P|?|Yukio Hatoyama|JPN||Yukio Hatoyama|Hatoyama
R|head_of_government|JPN|2009-09-16|2010-06-08
P|?|Naoto Kan|JPN||Naoto Kan|Naoto Kan
R|head_of_government|JPN|2010-06-08|2011-09-02
P|?|Yoshihiko Noda|JPN||Yoshihiko Noda|Noda
R|head_of_government|JPN|2011-09-02|2012-12-26
P|?|Akihito|JPN|Emperor Akihito|Kaiser Akihito,Akihito|
R|head_of_state|JPN|1989-01-07|2019-05-01
# Italy, Spain, Canada and others in Europe
P|?|Giulio Andreotti|ITA||Giulio Andreotti|Andreotti
R|head_of_government|ITA|1989-07-23|1992-06-28
P|?|Giuliano Amato|ITA||Giuliano Amato|Amato
R|head_of_government|ITA|1992-06-28|1993-04-29
R|head_of_government|ITA|2000-04-26|2001-06-11
P|?|Carlo Azeglio Ciampi|ITA||Carlo Azeglio Ciampi|Ciampi
R|head_of_government|ITA|1993-04-29|1994-05-10
R|head_of_state|ITA|1999-05-18|2006-05-15
P|?|Lamberto Dini|ITA||Lamberto Dini|Dini
R|head_of_government|ITA|1995-01-17|1996-05-17
R|foreign_minister|ITA|1996-05-18|2001-06-11
P|?|Massimo D'Alema|ITA|Massimo D’Alema|Massimo D'Alema|D'Alema
R|foreign_minister|ITA|2006-05-17|2008-05-08
R|head_of_government|ITA|1998-10-21|2000-04-26
P|?|Oscar Luigi Scalfaro|ITA||Oscar Luigi Scalfaro|Scalfaro
R|head_of_state|ITA|1992-05-28|1999-05-15
P|?|Giorgio Napolitano|ITA||Giorgio Napolitano|Napolitano
R|head_of_state|ITA|2006-05-15|2015-01-14
P|?|Mario Monti|ITA||Mario Monti|Monti
R|head_of_government|ITA|2011-11-16|2013-04-28
P|?|Enrico Letta|ITA||Enrico Letta|Letta
R|head_of_government|ITA|2013-04-28|2014-02-22
P|?|Matteo Renzi|ITA||Matteo Renzi|Renzi
R|head_of_government|ITA|2014-02-22|2016-12-12
P|?|Paolo Gentiloni|ITA||Paolo Gentiloni|Gentiloni
R|foreign_minister|ITA|2014-10-31|2016-12-12
R|head_of_government|ITA|2016-12-12|2018-06-01
P|?|Felipe González|ESP|Felipe Gonzalez|Felipe González|Felipe González
R|head_of_government|ESP|1982-12-02|1996-05-05
P|?|Brian Mulroney|CAN|Martin Brian Mulroney|Brian Mulroney|Mulroney
R|head_of_government|CAN|1984-09-17|1993-06-25
P|?|Jean Chrétien|CAN|Jean Chretien|Jean Chrétien|Chrétien,Chretien
R|head_of_government|CAN|1993-11-04|2003-12-12
P|?|Stephen Harper|CAN||Stephen Harper|Harper
R|head_of_government|CAN|2006-02-06|2015-11-04
P|?|Lloyd Axworthy|CAN||Lloyd Axworthy|Axworthy
R|foreign_minister|CAN|1996-01-25|2000-10-17
P|?|Václav Havel|CZE|Vaclav Havel|Václav Havel,Vaclav Havel|Havel
R|head_of_state|CSK|1989-12-29|1992-07-20
R|head_of_state|CZE|1993-02-02|2003-02-02
P|?|Václav Klaus|CZE|Vaclav Klaus|Václav Klaus,Vaclav Klaus|Václav Klaus,Vaclav Klaus
R|head_of_government|CZE|1993-01-01|1998-01-02
R|head_of_state|CZE|2003-03-07|2013-03-07
P|?|Miloš Zeman|CZE|Milos Zeman|Miloš Zeman,Milos Zeman|Zeman
R|head_of_government|CZE|1998-07-17|2002-07-15
R|head_of_state|CZE|2013-03-08|2023-03-09
P|?|Jan Kavan|CZE||Jan Kavan|Kavan
R|foreign_minister|CZE|1998-07-22|2002-07-15
P|?|Lech Wałęsa|POL|Lech Walesa|Lech Wałęsa,Lech Walesa|Wałęsa,Walesa
R|head_of_state|POL|1990-12-22|1995-12-23
P|?|Aleksander Kwaśniewski|POL|Aleksander Kwasniewski|Aleksander Kwaśniewski,Aleksander Kwasniewski|Kwaśniewski,Kwasniewski
R|head_of_state|POL|1995-12-23|2005-12-23
P|?|Lech Kaczyński|POL|Lech Kaczynski|Lech Kaczyński,Lech Kaczynski|Lech Kaczyński,Lech Kaczynski
R|head_of_state|POL|2005-12-23|2010-04-10
P|?|Bronisław Geremek|POL|Bronislaw Geremek|Bronisław Geremek,Bronislaw Geremek|Geremek
R|foreign_minister|POL|1997-10-31|2000-06-30
P|?|F. W. de Klerk|ZAF|Frederik Willem de Klerk,FW de Klerk,F.W. de Klerk|Frederik Willem de Klerk,F. W. de Klerk|de Klerk
R|head_of_state|ZAF|1989-08-15|1994-05-10
# Israel, Arab states, Iran, Iraq
P|?|Yitzhak Rabin|ISR|Itzhak Rabin|Jitzchak Rabin,Yitzhak Rabin|Rabin
R|defence_minister|ISR|1992-07-13|1995-11-04
R|head_of_government|ISR|1974-06-03|1977-06-20
R|defence_minister|ISR|1984-09-13|1990-03-15
R|head_of_government|ISR|1992-07-13|1995-11-04
P|?|Yitzhak Shamir|ISR|Itzhak Shamir|Jitzchak Schamir,Yitzhak Shamir|Shamir,Schamir
R|foreign_minister|ISR|1980-03-10|1983-10-10
R|foreign_minister|ISR|1984-09-13|1986-10-20
R|head_of_government|ISR|1983-10-10|1984-09-13
R|head_of_government|ISR|1986-10-20|1992-07-13
P|?|Ehud Barak|ISR||Ehud Barak|Barak
R|military_chief|ISR|1991-04-01|1995-01-01
R|head_of_government|ISR|1999-07-06|2001-03-07
R|defence_minister|ISR|2007-06-18|2013-03-18
P|?|David Levy|ISR||David Levy|Levy
R|foreign_minister|ISR|1990-06-11|1992-07-13
R|foreign_minister|ISR|1996-06-18|1998-01-06
R|foreign_minister|ISR|1999-07-06|2000-08-04
P|?|Moshe Arens|ISR||Moshe Arens|Arens
R|foreign_minister|ISR|1988-12-22|1990-06-11
R|defence_minister|ISR|1990-06-11|1992-07-13
P|?|Ezer Weizman|ISR||Ezer Weizman|Weizman
R|head_of_state|ISR|1993-05-13|2000-07-13
P|?|King Hussein|JOR|Hussein of Jordan,Hussein bin Talal,King Hussein of Jordan|König Hussein,Hussein von Jordanien|King Hussein
R|head_of_state|JOR|1952-08-11|1999-02-07
P|?|King Fahd|SAU|Fahd bin Abdulaziz,Fahd bin Abdulaziz Al Saud,Fahd of Saudi Arabia|König Fahd,Fahd ibn Abd al-Aziz|
R|head_of_state|SAU|1982-06-13|2005-08-01
P|?|Abdullah bin Abdulaziz|SAU|King Abdullah of Saudi Arabia,Abdullah bin Abdulaziz Al Saud|Abdullah ibn Abd al-Aziz,König Abdullah von Saudi-Arabien,Abdullah bin Abdulaziz|Abdullah bin Abdulaziz
R|deputy_head_of_state|SAU|1982-06-13|2005-08-01
R|head_of_state|SAU|2005-08-01|2015-01-23
P|?|Saud al-Faisal|SAU|Prince Saud al-Faisal|Saud al-Faisal|
R|foreign_minister|SAU|1975-10-13|2015-04-29
P|?|Amr Moussa|EGY|Amr Mussa|Amr Mussa,Amr Moussa|Moussa,Mussa
R|foreign_minister|EGY|1991-05-20|2001-05-15
R|secretary_general|chronik:org-arab-league|2001-05|2011-07|Secretary-General of the Arab League|Generalsekretär der Arabischen Liga
P|?|Farouk al-Sharaa|SYR|Farouq al-Sharaa,Farouk Sharaa|Faruk al-Scharaa|Farouk al-Sharaa
R|foreign_minister|SYR|1984-03-11|2006-02-11
P|?|Rafik Hariri|LBN|Rafiq Hariri,Rafic Hariri|Rafik Hariri|Hariri
R|head_of_government|LBN|1992-10-31|1998-12-04
R|head_of_government|LBN|2000-10-23|2004-10-21
P|?|Saad Hariri|LBN|Saad al-Hariri|Saad Hariri,Saad al-Hariri|Hariri
R|head_of_government|LBN|2009-11-09|2011-06-13
R|head_of_government|LBN|2016-12-18|2020-01-21
P|?|Ruhollah Khomeini|IRN|Ayatollah Khomeini,Ayatollah Ruhollah Khomeini|Ruhollah Chomeini,Ajatollah Chomeini|Khomeini,Chomeini
R|head_of_state|IRN|1979-12-03|1989-06-03
P|?|Akbar Hashemi Rafsanjani|IRN|Ali Akbar Hashemi Rafsanjani,Hashemi Rafsanjani|Akbar Haschemi Rafsandschani,Ali Akbar Haschemi Rafsandschani|Rafsanjani,Rafsandschani
R|head_of_government|IRN|1989-08-03|1997-08-03
P|?|Ali Akbar Velayati|IRN||Ali Akbar Welajati|Velayati,Welajati
R|foreign_minister|IRN|1981-12-15|1997-08-20
P|?|Kamal Kharrazi|IRN||Kamal Charrazi|Kharrazi,Charrazi
R|foreign_minister|IRN|1997-08-20|2005-08-24
P|?|Manouchehr Mottaki|IRN||Manutschehr Mottaki|Mottaki
R|foreign_minister|IRN|2005-08-24|2010-12-13
P|?|Tariq Aziz|IRQ|Tarik Aziz,Tareq Aziz|Tarik Aziz,Tarek Asis|Aziz
R|deputy_head_of_government|IRQ|1979-07-16|2003-04-09
R|foreign_minister|IRQ|1983|1991-03
P|?|Izzat Ibrahim al-Douri|IRQ|Izzat Ibrahim,Izzat al-Douri|Issat Ibrahim al-Duri|al-Douri
R|deputy_head_of_state|IRQ|1979-07-16|2003-04-09|Vice Chairman of the Revolutionary Command Council of Iraq|Vizevorsitzender des irakischen Revolutionären Kommandorats
P|?|Taha Yassin Ramadan|IRQ|Taha Yasin Ramadan|Taha Yassin Ramadan|Taha Yassin Ramadan
R|deputy_head_of_state|IRQ|1991-03-23|2003-04-09|Vice President of Iraq|Vizepräsident des Irak
P|?|Mohammed Saeed al-Sahhaf|IRQ|Mohammed Said al-Sahhaf,Muhammad Saeed al-Sahhaf|Mohammed Said al-Sahhaf|al-Sahhaf,Sahhaf
R|foreign_minister|IRQ|1992|2001-04
R|minister|IRQ|2001-04|2003-04-09|Minister of Information of Iraq|Informationsminister des Irak
P|?|Naji Sabri|IRQ||Nadschi Sabri,Naji Sabri|Sabri
R|foreign_minister|IRQ|2001-04|2003-04-09
P|?|Uday Hussein|IRQ|Odai Hussein,Uday Saddam Hussein|Udai Hussein|Uday,Udai
P|?|Qusay Hussein|IRQ|Qusai Hussein,Qusay Saddam Hussein|Kusai Hussein|Qusay,Kusai
P|?|Ayad Allawi|IRQ|Iyad Allawi|Ijad Allawi,Iyad Allawi|Allawi
R|head_of_government|IRQ|2004-06-28|2005-05-03
P|?|Ibrahim al-Jaafari|IRQ||Ibrahim al-Dschaafari|al-Jaafari,Jaafari,al-Dschaafari
R|foreign_minister|IRQ|2014-09-08|2018-10-25
R|head_of_government|IRQ|2005-05-03|2006-05-20
P|?|Jalal Talabani|IRQ||Dschalal Talabani|Talabani
R|head_of_state|IRQ|2005-04-07|2014-07-24
P|?|Hoshyar Zebari|IRQ||Hoschjar Sebari,Hoshyar Zebari|Zebari,Sebari
R|foreign_minister|IRQ|2003-09-03|2014-09-08
P|?|Haider al-Abadi|IRQ||Haider al-Abadi|al-Abadi
R|head_of_government|IRQ|2014-09-08|2018-10-25
P|?|Mustafa al-Kadhimi|IRQ||Mustafa al-Kadhimi,Mustafa al-Kasimi|al-Kadhimi
R|head_of_government|IRQ|2020-05-07|2022-10-27
P|?|Ahmed Yassin|PSE|Sheikh Ahmed Yassin,Ahmad Yassin|Scheich Ahmed Jassin,Ahmed Jassin|Yassin,Jassin
R|leader|chronik:org-hamas|1987-12|2004-03-22|Spiritual leader of Hamas|geistlicher Führer der Hamas
# Cuba
P|?|Ricardo Alarcón|CUB|Ricardo Alarcon,Ricardo Alarcón de Quesada|Ricardo Alarcón,Ricardo Alarcon|Alarcón,Alarcon
R|foreign_minister|CUB|1992|1993-03
R|speaker|CUB|1993-03|2013-02-24
P|?|Roberto Robaina|CUB||Roberto Robaina|Robaina
R|foreign_minister|CUB|1993-03|1999-05-28
P|?|Felipe Pérez Roque|CUB|Felipe Perez Roque|Felipe Pérez Roque|Pérez Roque,Perez Roque
R|foreign_minister|CUB|1999-05-28|2009-03-02
# Balkans
P|?|Franjo Tuđman|HRV|Franjo Tudjman,Franjo Tudman|Franjo Tuđman,Franjo Tudjman|Tuđman,Tudjman,Tudman
R|head_of_state|HRV|1990-05-30|1999-12-10
P|?|Stjepan Mesić|HRV|Stipe Mesic,Stjepan Mesic,Stipe Mesić|Stjepan Mesić,Stipe Mesić|Mesić,Mesic
R|head_of_state|HRV|2000-02-18|2010-02-18
P|?|Alija Izetbegović|BIH|Alija Izetbegovic|Alija Izetbegović,Alija Izetbegovic|Izetbegović,Izetbegovic
R|head_of_state|BIH|1990-12-20|1996-10-05
P|?|Radovan Karadžić|BIH|Radovan Karadzic|Radovan Karadžić,Radovan Karadzic|Karadžić,Karadzic
R|leader|BIH|1992-05-13|1996-07-19|President of Republika Srpska|Präsident der Republika Srpska
P|?|Ratko Mladić|BIH|Ratko Mladic|Ratko Mladić,Ratko Mladic|Mladić,Mladic
R|military_chief|BIH|1992-05-12|1996-11-08|Commander of the Army of Republika Srpska|Oberbefehlshaber der bosnisch-serbischen Armee
P|?|Vojislav Koštunica|SRB|Vojislav Kostunica|Vojislav Koštunica,Vojislav Kostunica|Koštunica,Kostunica
R|head_of_state|YUG|2000-10-07|2003-03-07
R|head_of_government|SRB|2004-03-03|2008-07-07
P|?|Zoran Đinđić|SRB|Zoran Djindjic,Zoran Dindic|Zoran Đinđić,Zoran Djindjic|Đinđić,Djindjic
R|head_of_government|SRB|2001-01-25|2003-03-12
P|?|Boris Tadić|SRB|Boris Tadic|Boris Tadić,Boris Tadic|Tadić,Tadic
R|head_of_state|SRB|2004-07-11|2012-04-05
P|?|Ibrahim Rugova|XKX||Ibrahim Rugova|Rugova
R|leader|XKX|1992-05-24|2006-01-21|President of Kosovo|Präsident des Kosovo
# Asia
P|?|Hun Sen|KHM|Samdech Hun Sen|Hun Sen|Hun Sen
R|head_of_government|KHM|1985-01-14|2023-08-22
P|?|Norodom Sihanouk|KHM|King Sihanouk,Prince Sihanouk,King Norodom Sihanouk|Norodom Sihanouk,König Sihanouk,Prinz Sihanouk|Sihanouk
R|head_of_state|KHM|1993-09-24|2004-10-07
P|?|Norodom Ranariddh|KHM|Prince Ranariddh,Prince Norodom Ranariddh|Norodom Ranariddh,Prinz Ranariddh|Ranariddh
R|head_of_government|KHM|1993-07-02|1997-08-06|First Prime Minister of Cambodia|Erster Ministerpräsident Kambodschas
P|?|Pol Pot|KHM|Saloth Sar|Pol Pot|Pol Pot
R|leader|chronik:org-khmer-rouge|1963|1997-06|Leader of the Khmer Rouge|Anführer der Roten Khmer
P|?|Ta Mok|KHM||Ta Mok|Ta Mok
R|leader|chronik:org-khmer-rouge|1997-06|1999-03-06|Leader of the Khmer Rouge|Anführer der Roten Khmer
P|?|Suharto|IDN|Soeharto,President Suharto|Suharto|
R|head_of_state|IDN|1967-03-12|1998-05-21
P|?|B. J. Habibie|IDN|Bacharuddin Jusuf Habibie,B.J. Habibie|Bacharuddin Jusuf Habibie|Habibie
R|head_of_state|IDN|1998-05-21|1999-10-20
P|?|Abdurrahman Wahid|IDN|Gus Dur|Abdurrahman Wahid|Wahid
R|head_of_state|IDN|1999-10-20|2001-07-23
P|?|Megawati Sukarnoputri|IDN|Megawati Soekarnoputri|Megawati Sukarnoputri|Megawati
R|head_of_state|IDN|2001-07-23|2004-10-20|President of Indonesia|Präsidentin Indonesiens
P|?|Susilo Bambang Yudhoyono|IDN|SBY|Susilo Bambang Yudhoyono|Yudhoyono
R|head_of_state|IDN|2004-10-20|2014-10-20
P|?|Mahathir Mohamad|MYS|Mahathir bin Mohamad|Mahathir Mohamad|Mahathir
R|head_of_government|MYS|1981-07-16|2003-10-31
R|head_of_government|MYS|2018-05-10|2020-03-01
P|?|Anwar Ibrahim|MYS||Anwar Ibrahim|Anwar Ibrahim
R|deputy_head_of_government|MYS|1993-12-01|1998-09-02|Deputy Prime Minister of Malaysia|Vizepremier Malaysias
R|head_of_government|MYS|2022-11-24|
P|?|Fidel Ramos|PHL|Fidel V. Ramos|Fidel Ramos|Ramos
R|head_of_state|PHL|1992-06-30|1998-06-30
P|?|Joseph Estrada|PHL||Joseph Estrada|Estrada
R|head_of_state|PHL|1998-06-30|2001-01-20
P|?|Gloria Macapagal Arroyo|PHL|Gloria Arroyo|Gloria Macapagal Arroyo,Gloria Arroyo|Arroyo
R|head_of_state|PHL|2001-01-20|2010-06-30|President of the Philippines|Präsidentin der Philippinen
P|?|Rodrigo Duterte|PHL||Rodrigo Duterte|Duterte
R|head_of_state|PHL|2016-06-30|2022-06-30
P|?|Kim Young-sam|KOR|Kim Young Sam|Kim Young-sam|Kim Young-sam
R|head_of_state|KOR|1993-02-25|1998-02-25
P|?|Kim Dae-jung|KOR|Kim Dae Jung|Kim Dae-jung|Kim Dae-jung
R|head_of_state|KOR|1998-02-25|2003-02-25
P|?|Roh Tae-woo|KOR|Roh Tae Woo|Roh Tae-woo|Roh Tae-woo
R|head_of_state|KOR|1988-02-25|1993-02-25
P|?|Atal Bihari Vajpayee|IND||Atal Bihari Vajpayee|Vajpayee
R|head_of_government|IND|1996-05-16|1996-06-01
R|head_of_government|IND|1998-03-19|2004-05-22
P|?|P. V. Narasimha Rao|IND|Narasimha Rao,P.V. Narasimha Rao|P. V. Narasimha Rao,Narasimha Rao|Rao
R|head_of_government|IND|1991-06-21|1996-05-16
P|?|Rajiv Gandhi|IND||Rajiv Gandhi|Rajiv Gandhi
R|head_of_government|IND|1984-10-31|1989-12-02
P|?|Nawaz Sharif|PAK|Mian Muhammad Nawaz Sharif|Nawaz Sharif|Sharif
R|head_of_government|PAK|1990-11-06|1993-07-18
R|head_of_government|PAK|1997-02-17|1999-10-12
R|head_of_government|PAK|2013-06-05|2017-07-28
P|?|Mullah Omar|AFG|Mohammed Omar,Mullah Mohammed Omar,Mullah Muhammad Omar|Mullah Omar,Mullah Mohammed Omar|Mullah Omar
R|leader|chronik:org-taliban|1994|2013-04-23|Leader of the Taliban|Anführer der Taliban
# Africa and Latin America
P|?|Daniel arap Moi|KEN|Daniel Arap Moi,Daniel Toroitich arap Moi|Daniel arap Moi|Moi
R|head_of_state|KEN|1978-08-22|2002-12-30
P|?|Mwai Kibaki|KEN||Mwai Kibaki|Kibaki
R|head_of_state|KEN|2002-12-30|2013-04-09
P|?|Uhuru Kenyatta|KEN||Uhuru Kenyatta|Kenyatta
R|head_of_state|KEN|2013-04-09|2022-09-13
P|?|Benjamin Mkapa|TZA|Benjamin William Mkapa|Benjamin Mkapa|Mkapa
R|head_of_state|TZA|1995-11-23|2005-12-21
P|?|Sani Abacha|NGA||Sani Abacha|Abacha
R|head_of_state|NGA|1993-11-17|1998-06-08
P|?|Olusegun Obasanjo|NGA||Olusegun Obasanjo|Obasanjo
R|head_of_state|NGA|1976-02-13|1979-10-01
R|head_of_state|NGA|1999-05-29|2007-05-29
P|?|Muhammadu Buhari|NGA||Muhammadu Buhari|Buhari
R|head_of_state|NGA|1983-12-31|1985-08-27
R|head_of_state|NGA|2015-05-29|2023-05-29
P|?|Mobutu Sese Seko|COD|Mobutu,Joseph-Désiré Mobutu|Mobutu Sese Seko|Mobutu
R|head_of_state|COD|1965-11-24|1997-05-16|President of Zaire|Präsident von Zaire
P|?|Laurent-Désiré Kabila|COD|Laurent Kabila,Laurent-Desire Kabila|Laurent-Désiré Kabila,Laurent Kabila|Kabila
R|head_of_state|COD|1997-05-17|2001-01-16
P|?|Joseph Kabila|COD||Joseph Kabila|Kabila
R|head_of_state|COD|2001-01-26|2019-01-24
P|?|Paul Kagame|RWA||Paul Kagame|Kagame
R|head_of_state|RWA|2000-04-22|
P|?|Yoweri Museveni|UGA|Yoweri Kaguta Museveni|Yoweri Museveni|Museveni
R|head_of_state|UGA|1986-01-29|
P|?|Omar al-Bashir|SDN|Omar Hassan al-Bashir,Omar Bashir|Omar al-Baschir,Omar al-Bashir|al-Bashir,al-Baschir
R|head_of_state|SDN|1989-06-30|2019-04-11
P|?|Meles Zenawi|ETH||Meles Zenawi|Meles
R|head_of_government|ETH|1995-08-23|2012-08-20
P|?|Charles Taylor|LBR|Charles Ghankay Taylor|Charles Taylor|Taylor
R|head_of_state|LBR|1997-08-02|2003-08-11
P|?|Carlos Menem|ARG|Carlos Saúl Menem,Carlos Saul Menem|Carlos Menem|Menem
R|head_of_state|ARG|1989-07-08|1999-12-10
P|?|Néstor Kirchner|ARG|Nestor Kirchner|Néstor Kirchner,Nestor Kirchner|Kirchner
R|head_of_state|ARG|2003-05-25|2007-12-10
P|?|Cristina Fernández de Kirchner|ARG|Cristina Kirchner,Cristina Fernandez de Kirchner|Cristina Fernández de Kirchner,Cristina Kirchner|Kirchner
R|head_of_state|ARG|2007-12-10|2015-12-10|President of Argentina|Präsidentin Argentiniens
P|?|Fernando Henrique Cardoso|BRA||Fernando Henrique Cardoso|Cardoso
R|head_of_state|BRA|1995-01-01|2003-01-01
P|?|Carlos Salinas de Gortari|MEX|Carlos Salinas|Carlos Salinas de Gortari,Carlos Salinas|Carlos Salinas
R|head_of_state|MEX|1988-12-01|1994-12-01
P|?|Ernesto Zedillo|MEX|Ernesto Zedillo Ponce de León|Ernesto Zedillo|Zedillo
R|head_of_state|MEX|1994-12-01|2000-12-01
P|?|Vicente Fox|MEX|Vicente Fox Quesada|Vicente Fox|Vicente Fox
R|head_of_state|MEX|2000-12-01|2006-12-01
P|?|Felipe Calderón|MEX|Felipe Calderon|Felipe Calderón,Felipe Calderon|Calderón,Calderon
R|head_of_state|MEX|2006-12-01|2012-12-01
P|?|Enrique Peña Nieto|MEX|Enrique Pena Nieto|Enrique Peña Nieto|Peña Nieto,Pena Nieto
R|head_of_state|MEX|2012-12-01|2018-12-01
P|?|Alberto Fujimori|PER||Alberto Fujimori|Fujimori
R|head_of_state|PER|1990-07-28|2000-11-22
P|?|Augusto Pinochet|CHL|Augusto Pinochet Ugarte|Augusto Pinochet|Pinochet
R|head_of_state|CHL|1973-09-11|1990-03-11
P|?|Álvaro Uribe|COL|Alvaro Uribe|Álvaro Uribe,Alvaro Uribe|Uribe
R|head_of_state|COL|2002-08-07|2010-08-07
P|?|Juan Manuel Santos|COL||Juan Manuel Santos|Santos
R|head_of_state|COL|2010-08-07|2018-08-07
P|?|Manuel Noriega|PAN|Manuel Antonio Noriega|Manuel Noriega|Noriega
R|leader|PAN|1983-08-12|1989-12-20|Military ruler of Panama|Machthaber Panamas
P|?|Jean-Bertrand Aristide|HTI|Jean-Bertrand Aristide|Jean-Bertrand Aristide|Aristide
R|head_of_state|HTI|1991-02-07|1991-09-30
R|head_of_state|HTI|1994-10-15|1996-02-07
R|head_of_state|HTI|2001-02-07|2004-02-29
# International organizations
P|?|Javier Pérez de Cuéllar|PER|Javier Perez de Cuellar|Javier Pérez de Cuéllar|Pérez de Cuéllar,Perez de Cuellar
R|secretary_general|chronik:org-un|1982-01-01|1992-01-01|Secretary-General of the United Nations|UN-Generalsekretär
P|?|Boutros Boutros-Ghali|EGY|Boutros Boutros Ghali|Boutros Boutros-Ghali,Butros Butros Ghali|Boutros-Ghali,Boutros Ghali
R|secretary_general|chronik:org-un|1992-01-01|1997-01-01|Secretary-General of the United Nations|UN-Generalsekretär
P|?|Jacques Delors|FRA||Jacques Delors|Delors
R|secretary_general|chronik:org-european-commission|1985-01-07|1995-01-24|President of the European Commission|Präsident der EU-Kommission
P|?|Jacques Santer|LUX||Jacques Santer|Santer
R|secretary_general|chronik:org-european-commission|1995-01-24|1999-09-16|President of the European Commission|Präsident der EU-Kommission
P|?|Willy Claes|BEL||Willy Claes|Claes
R|secretary_general|chronik:org-nato|1994-10-17|1995-10-20|Secretary General of NATO|NATO-Generalsekretär
P|?|Jaap de Hoop Scheffer|NLD||Jaap de Hoop Scheffer|de Hoop Scheffer
R|secretary_general|chronik:org-nato|2004-01-01|2009-08-01|Secretary General of NATO|NATO-Generalsekretär
P|?|Anders Fogh Rasmussen|DNK||Anders Fogh Rasmussen|Fogh Rasmussen
R|head_of_government|DNK|2001-11-27|2009-04-05|Prime Minister of Denmark|Ministerpräsident Dänemarks
R|secretary_general|chronik:org-nato|2009-08-01|2014-10-01|Secretary General of NATO|NATO-Generalsekretär
P|?|Hans Blix|SWE||Hans Blix|Blix
R|secretary_general|chronik:org-iaea|1981-12-01|1997-12-01|Director General of the IAEA|Generaldirektor der IAEA
R|office|chronik:org-un|2000-03-01|2003-07-01|Executive Chairman of UNMOVIC|Chef der UN-Waffeninspekteure
P|?|Mohamed ElBaradei|EGY|Mohamed El-Baradei,Mohammed ElBaradei|Mohammed el-Baradei,Mohamed ElBaradei|ElBaradei,el-Baradei,El-Baradei
R|secretary_general|chronik:org-iaea|1997-12-01|2009-12-01|Director General of the IAEA|Generaldirektor der IAEA
P|?|Yukiya Amano|JPN||Yukiya Amano|Amano
R|secretary_general|chronik:org-iaea|2009-12-01|2019-07-18|Director General of the IAEA|Generaldirektor der IAEA
P|?|Richard Butler|AUS||Richard Butler|Richard Butler
R|office|chronik:org-un|1997-07-01|1999-07-01|Executive Chairman of UNSCOM|Chef der UN-Waffeninspekteure
P|?|Rolf Ekéus|SWE|Rolf Ekeus|Rolf Ekéus|Ekéus,Ekeus
R|office|chronik:org-un|1991-04-19|1997-07-01|Executive Chairman of UNSCOM|Chef der UN-Waffeninspekteure
P|?|Michel Camdessus|FRA||Michel Camdessus|Camdessus
R|secretary_general|chronik:org-imf|1987-01-16|2000-02-14|Managing Director of the IMF|Direktor des IWF
P|?|Dominique Strauss-Kahn|FRA|DSK|Dominique Strauss-Kahn|Strauss-Kahn
R|secretary_general|chronik:org-imf|2007-11-01|2011-05-19|Managing Director of the IMF|Direktor des IWF
P|?|James Wolfensohn|USA|James D. Wolfensohn|James Wolfensohn|Wolfensohn
R|secretary_general|chronik:org-world-bank|1995-06-01|2005-06-01|President of the World Bank|Präsident der Weltbank
P|?|Wim Duisenberg|NLD|Willem Duisenberg|Wim Duisenberg|Duisenberg
R|central_bank_governor|chronik:org-ecb|1998-06-01|2003-11-01|President of the European Central Bank|EZB-Präsident
P|?|Jean-Claude Trichet|FRA||Jean-Claude Trichet|Trichet
R|central_bank_governor|chronik:org-ecb|2003-11-01|2011-11-01|President of the European Central Bank|EZB-Präsident
# --- heads of state and government 1985-2025 of further states (archive and recent news) ---
P|?|Konstantin Chernenko|SUN|Konstantin Ustinovich Chernenko|Konstantin Tschernenko|Chernenko,Tschernenko
R|leader|SUN|1984-02-13|1985-03-10
R|head_of_state|SUN|1984-04-11|1985-03-10|Chairman of the Presidium of the Supreme Soviet|Vorsitzender des Präsidiums des Obersten Sowjets
P|?|Valentin Pavlov|RUS||Walentin Pawlow|Valentin Pavlov,Walentin Pawlow
R|head_of_government|SUN|1991-01-14|1991-08-22
P|?|Gennady Yanayev|RUS|Gennadi Yanayev|Gennadi Janajew|Yanayev,Janajew
R|deputy_head_of_state|SUN|1990-12-27|1991-08-21|Vice President of the Soviet Union|Vizepräsident der Sowjetunion
P|?|Vladimir Kryuchkov|RUS||Wladimir Krjutschkow|Kryuchkov,Krjutschkow
R|intelligence_chief|SUN|1988-10-01|1991-08-22|Chairman of the KGB|KGB-Chef
P|?|Alexander Bessmertnykh|RUS|Aleksandr Bessmertnykh|Alexander Bessmertnych|Bessmertnykh,Bessmertnych
R|foreign_minister|SUN|1991-01-15|1991-08-28
P|?|Sergei Sokolov|RUS||Sergei Sokolow|Sergei Sokolov,Sergei Sokolow
R|defence_minister|SUN|1984-12-22|1987-05-30
P|?|Yevgeny Shaposhnikov|RUS||Jewgeni Schaposchnikow|Shaposhnikov,Schaposchnikow
R|defence_minister|SUN|1991-08-23|1991-12-26
P|?|Yegor Gaidar|RUS|Yegor Gaydar|Jegor Gaidar|Gaidar
R|head_of_government|RUS|1992-06-15|1992-12-14|Acting Prime Minister of Russia|amtierender Ministerpräsident Russlands
P|?|Igor Rodionov|RUS||Igor Rodionow|Rodionov,Rodionow
R|defence_minister|RUS|1996-07-17|1997-05-22
P|?|Leonid Kravchuk|UKR||Leonid Krawtschuk|Kravchuk,Krawtschuk
R|head_of_state|UKR|1991-12-05|1994-07-19
P|?|Leonid Kuchma|UKR||Leonid Kutschma|Kuchma,Kutschma
R|head_of_government|UKR|1992-10-13|1993-09-22
R|head_of_state|UKR|1994-07-19|2005-01-23
P|?|Nursultan Nazarbayev|KAZ||Nursultan Nasarbajew|Nazarbayev,Nasarbajew
R|head_of_state|KAZ|1990-04-24|2019-03-20
P|?|Heydar Aliyev|AZE|Heydar Aliev|Heidar Alijew,Gejdar Alijew|Heydar Aliyev
R|head_of_state|AZE|1993-06-24|2003-10-31
P|?|Mikheil Saakashvili|GEO|Mikhail Saakashvili|Micheil Saakaschwili,Michail Saakaschwili|Saakashvili,Saakaschwili
R|head_of_state|GEO|2004-01-25|2007-11-25
R|head_of_state|GEO|2008-01-20|2013-11-17
P|?|Salome Zourabichvili|GEO|Salome Zurabishvili|Salome Surabischwili|Zourabichvili,Surabischwili
R|head_of_state|GEO|2018-12-16|2024-12-29|President of Georgia|Präsidentin Georgiens
P|?|Robert Kocharyan|ARM||Robert Kotscharjan|Kocharyan,Kotscharjan
R|head_of_state|ARM|1998-02-04|2008-04-09|President of Armenia|Präsident Armeniens
P|?|Serzh Sargsyan|ARM||Sersch Sargsjan|Sargsyan,Sargsjan
R|head_of_state|ARM|2008-04-09|2018-04-09|President of Armenia|Präsident Armeniens
# Turkey
P|?|Turgut Özal|TUR|Turgut Ozal|Turgut Özal|Özal,Ozal
R|head_of_government|TUR|1983-12-13|1989-11-09
R|head_of_state|TUR|1989-11-09|1993-04-17
P|?|Süleyman Demirel|TUR|Suleyman Demirel|Süleyman Demirel|Demirel
R|head_of_government|TUR|1991-11-20|1993-05-16
R|head_of_state|TUR|1993-05-16|2000-05-16
P|?|Tansu Çiller|TUR|Tansu Ciller|Tansu Çiller,Tansu Ciller|Çiller,Ciller
R|head_of_government|TUR|1993-06-25|1996-03-06|Prime Minister of Turkey|Ministerpräsidentin der Türkei
P|?|Mesut Yılmaz|TUR|Mesut Yilmaz|Mesut Yılmaz,Mesut Yilmaz|Mesut Yılmaz,Mesut Yilmaz
R|head_of_government|TUR|1991-06-23|1991-11-20
R|head_of_government|TUR|1996-03-06|1996-06-28
R|head_of_government|TUR|1997-06-30|1999-01-11
P|?|Necmettin Erbakan|TUR||Necmettin Erbakan|Erbakan
R|head_of_government|TUR|1996-06-28|1997-06-30
P|?|Bülent Ecevit|TUR|Bulent Ecevit|Bülent Ecevit|Ecevit
R|head_of_government|TUR|1999-01-11|2002-11-18
P|?|Ahmet Necdet Sezer|TUR||Ahmet Necdet Sezer|Sezer
R|head_of_state|TUR|2000-05-16|2007-08-28
P|?|Abdullah Gül|TUR|Abdullah Gul|Abdullah Gül|Gül,Gul
R|head_of_government|TUR|2002-11-18|2003-03-14
R|foreign_minister|TUR|2003-03-14|2007-08-28
R|head_of_state|TUR|2007-08-28|2014-08-28
# Australia, New Zealand
P|?|Bob Hawke|AUS|Robert Hawke,Robert James Lee Hawke|Bob Hawke|Hawke
R|head_of_government|AUS|1983-03-11|1991-12-20
P|?|Paul Keating|AUS||Paul Keating|Keating
R|head_of_government|AUS|1991-12-20|1996-03-11
P|?|John Howard|AUS|John Winston Howard|John Howard|Howard
R|head_of_government|AUS|1996-03-11|2007-12-03
P|?|Kevin Rudd|AUS||Kevin Rudd|Rudd
R|head_of_government|AUS|2007-12-03|2010-06-24
R|head_of_government|AUS|2013-06-27|2013-09-18
P|?|Julia Gillard|AUS||Julia Gillard|Gillard
R|head_of_government|AUS|2010-06-24|2013-06-27|Prime Minister of Australia|Premierministerin Australiens
P|?|Tony Abbott|AUS||Tony Abbott|Abbott
R|head_of_government|AUS|2013-09-18|2015-09-15
P|?|Helen Clark|NZL||Helen Clark|Helen Clark
R|head_of_government|NZL|1999-12-10|2008-11-19|Prime Minister of New Zealand|Premierministerin Neuseelands
P|?|John Key|NZL||John Key|John Key
R|head_of_government|NZL|2008-11-19|2016-12-12
P|?|Jacinda Ardern|NZL||Jacinda Ardern|Ardern
R|head_of_government|NZL|2017-10-26|2023-01-25|Prime Minister of New Zealand|Premierministerin Neuseelands
P|?|Christopher Luxon|NZL||Christopher Luxon|Luxon
R|head_of_government|NZL|2023-11-27|
# Western Europe
P|?|Juan Carlos I|ESP|King Juan Carlos,King Juan Carlos I|König Juan Carlos,Juan Carlos I.,König Juan Carlos I.|
R|head_of_state|ESP|1975-11-22|2014-06-19
P|?|Felipe VI|ESP|King Felipe VI,King Felipe|König Felipe VI.,Felipe VI.,König Felipe|
R|head_of_state|ESP|2014-06-19|
P|?|Ruud Lubbers|NLD||Ruud Lubbers|Lubbers
R|head_of_government|NLD|1982-11-04|1994-08-22
R|secretary_general|chronik:org-unhcr|2001-01-01|2005-02-20|United Nations High Commissioner for Refugees|UN-Flüchtlingskommissar
P|?|Wim Kok|NLD||Wim Kok|Kok
R|head_of_government|NLD|1994-08-22|2002-07-22
P|?|Jan Peter Balkenende|NLD||Jan Peter Balkenende|Balkenende
R|head_of_government|NLD|2002-07-22|2010-10-14
P|?|Beatrix|NLD|Queen Beatrix|Königin Beatrix,Beatrix|
R|head_of_state|NLD|1980-04-30|2013-04-30|Queen of the Netherlands|Königin der Niederlande
P|?|Willem-Alexander|NLD|King Willem-Alexander|König Willem-Alexander,Willem-Alexander|
R|head_of_state|NLD|2013-04-30|
P|?|Jean-Luc Dehaene|BEL||Jean-Luc Dehaene|Dehaene
R|head_of_government|BEL|1992-03-07|1999-07-12
P|?|Guy Verhofstadt|BEL||Guy Verhofstadt|Verhofstadt
R|head_of_government|BEL|1999-07-12|2008-03-20
P|?|Herman Van Rompuy|BEL||Herman Van Rompuy|Van Rompuy
R|head_of_government|BEL|2008-12-30|2009-11-25
R|secretary_general|chronik:org-european-council|2009-12-01|2014-12-01|President of the European Council|EU-Ratspräsident
P|?|Elio Di Rupo|BEL||Elio Di Rupo|Di Rupo
R|head_of_government|BEL|2011-12-06|2014-10-11
P|?|Alexander De Croo|BEL||Alexander De Croo|De Croo
R|head_of_government|BEL|2020-10-01|2025-02-03
P|?|Albert II of Belgium|BEL|King Albert II|König Albert II.,Albert II.|
R|head_of_state|BEL|1993-08-09|2013-07-21
P|?|Philippe of Belgium|BEL|King Philippe|König Philippe|
R|head_of_state|BEL|2013-07-21|
P|?|Kurt Waldheim|AUT||Kurt Waldheim|Waldheim
R|secretary_general|chronik:org-un|1972-01-01|1982-01-01|Secretary-General of the United Nations|UN-Generalsekretär
R|head_of_state|AUT|1986-07-08|1992-07-08
P|?|Thomas Klestil|AUT||Thomas Klestil|Klestil
R|head_of_state|AUT|1992-07-08|2004-07-06
P|?|Heinz Fischer|AUT||Heinz Fischer|Heinz Fischer
R|head_of_state|AUT|2004-07-08|2016-07-08
P|?|Franz Vranitzky|AUT||Franz Vranitzky|Vranitzky
R|head_of_government|AUT|1986-06-16|1997-01-28
P|?|Viktor Klima|AUT||Viktor Klima|Viktor Klima
R|head_of_government|AUT|1997-01-28|2000-02-04
P|?|Wolfgang Schüssel|AUT|Wolfgang Schuessel|Wolfgang Schüssel|Wolfgang Schüssel
R|head_of_government|AUT|2000-02-04|2007-01-11
P|?|Alfred Gusenbauer|AUT||Alfred Gusenbauer|Gusenbauer
R|head_of_government|AUT|2007-01-11|2008-12-02
P|?|Werner Faymann|AUT||Werner Faymann|Faymann
R|head_of_government|AUT|2008-12-02|2016-05-09
P|?|Christian Kern|AUT||Christian Kern|Christian Kern
R|head_of_government|AUT|2016-05-17|2017-12-18
P|?|Olof Palme|SWE||Olof Palme|Olof Palme
R|head_of_government|SWE|1982-10-08|1986-02-28
P|?|Ingvar Carlsson|SWE||Ingvar Carlsson|Carlsson
R|head_of_government|SWE|1986-03-01|1991-10-04
R|head_of_government|SWE|1994-10-07|1996-03-22
P|?|Carl Bildt|SWE||Carl Bildt|Bildt
R|head_of_government|SWE|1991-10-04|1994-10-07
R|foreign_minister|SWE|2006-10-06|2014-10-03|Minister for Foreign Affairs of Sweden|Außenminister Schwedens
P|?|Göran Persson|SWE|Goran Persson|Göran Persson|Persson
R|head_of_government|SWE|1996-03-22|2006-10-06
P|?|Fredrik Reinfeldt|SWE||Fredrik Reinfeldt|Reinfeldt
R|head_of_government|SWE|2006-10-06|2014-10-03
P|?|Stefan Löfven|SWE|Stefan Lofven|Stefan Löfven|Löfven,Lofven
R|head_of_government|SWE|2014-10-03|2021-11-30
P|?|Magdalena Andersson|SWE||Magdalena Andersson|Magdalena Andersson
R|head_of_government|SWE|2021-11-30|2022-10-18|Prime Minister of Sweden|Ministerpräsidentin Schwedens
P|?|Gro Harlem Brundtland|NOR||Gro Harlem Brundtland|Brundtland
R|head_of_government|NOR|1986-05-09|1989-10-16|Prime Minister of Norway|Ministerpräsidentin Norwegens
R|head_of_government|NOR|1990-11-03|1996-10-25|Prime Minister of Norway|Ministerpräsidentin Norwegens
R|secretary_general|chronik:org-who|1998-07-21|2003-07-21|Director-General of the World Health Organization|WHO-Generaldirektorin
P|?|Kjell Magne Bondevik|NOR||Kjell Magne Bondevik|Bondevik
R|head_of_government|NOR|1997-10-17|2000-03-17
R|head_of_government|NOR|2001-10-19|2005-10-17
P|?|Erna Solberg|NOR||Erna Solberg|Solberg
R|head_of_government|NOR|2013-10-16|2021-10-14|Prime Minister of Norway|Ministerpräsidentin Norwegens
P|?|Poul Schlüter|DNK|Poul Schluter|Poul Schlüter|Poul Schlüter,Poul Schluter
R|head_of_government|DNK|1982-09-10|1993-01-25|Prime Minister of Denmark|Ministerpräsident Dänemarks
P|?|Poul Nyrup Rasmussen|DNK||Poul Nyrup Rasmussen|Nyrup Rasmussen,Nyrup
R|head_of_government|DNK|1993-01-25|2001-11-27|Prime Minister of Denmark|Ministerpräsident Dänemarks
P|?|Lars Løkke Rasmussen|DNK|Lars Lokke Rasmussen|Lars Løkke Rasmussen|Løkke Rasmussen,Lokke Rasmussen,Løkke
R|head_of_government|DNK|2009-04-05|2011-10-03|Prime Minister of Denmark|Ministerpräsident Dänemarks
R|head_of_government|DNK|2015-06-28|2019-06-27|Prime Minister of Denmark|Ministerpräsident Dänemarks
R|foreign_minister|DNK|2022-12-15||Minister of Foreign Affairs of Denmark|Außenminister Dänemarks
P|?|Helle Thorning-Schmidt|DNK||Helle Thorning-Schmidt|Thorning-Schmidt
R|head_of_government|DNK|2011-10-03|2015-06-28
P|?|Martti Ahtisaari|FIN||Martti Ahtisaari|Ahtisaari
R|head_of_state|FIN|1994-03-01|2000-03-01
P|?|Tarja Halonen|FIN||Tarja Halonen|Halonen
R|head_of_state|FIN|2000-03-01|2012-03-01|President of Finland|Präsidentin Finnlands
P|?|Paavo Lipponen|FIN||Paavo Lipponen|Lipponen
R|head_of_government|FIN|1995-04-13|2003-06-24
P|?|Andreas Papandreou|GRC||Andreas Papandreou|Papandreou
R|head_of_government|GRC|1981-10-21|1989-07-02
R|head_of_government|GRC|1993-10-13|1996-01-22
P|?|Konstantinos Mitsotakis|GRC|Constantine Mitsotakis|Konstantinos Mitsotakis|Mitsotakis
R|head_of_government|GRC|1990-04-11|1993-10-13
P|?|Costas Simitis|GRC|Kostas Simitis|Kostas Simitis,Costas Simitis|Simitis
R|head_of_government|GRC|1996-01-22|2004-03-10
P|?|Kostas Karamanlis|GRC|Costas Karamanlis|Kostas Karamanlis|Karamanlis
R|head_of_government|GRC|2004-03-10|2009-10-06
P|?|George Papandreou|GRC|Giorgos Papandreou|Giorgos Papandreou,Georgios Papandreou|Papandreou
R|head_of_government|GRC|2009-10-06|2011-11-11
P|?|Antonis Samaras|GRC||Antonis Samaras|Samaras
R|head_of_government|GRC|2012-06-20|2015-01-26
P|?|Alexis Tsipras|GRC||Alexis Tsipras|Tsipras
R|head_of_government|GRC|2015-01-26|2015-08-27
R|head_of_government|GRC|2015-09-21|2019-07-08
P|?|Charles Haughey|IRL||Charles Haughey|Haughey
R|head_of_government|IRL|1987-03-10|1992-02-11
P|?|Albert Reynolds|IRL||Albert Reynolds|Albert Reynolds
R|head_of_government|IRL|1992-02-11|1994-12-15
P|?|John Bruton|IRL||John Bruton|Bruton
R|head_of_government|IRL|1994-12-15|1997-06-26
P|?|Bertie Ahern|IRL||Bertie Ahern|Ahern
R|head_of_government|IRL|1997-06-26|2008-05-07
P|?|Brian Cowen|IRL||Brian Cowen|Cowen
R|head_of_government|IRL|2008-05-07|2011-03-09
P|?|Enda Kenny|IRL||Enda Kenny|Enda Kenny
R|head_of_government|IRL|2011-03-09|2017-06-14
P|?|Leo Varadkar|IRL||Leo Varadkar|Varadkar
R|head_of_government|IRL|2017-06-14|2020-06-27
R|head_of_government|IRL|2022-12-17|2024-04-09
P|?|Micheál Martin|IRL|Micheal Martin|Micheál Martin|Micheál Martin,Micheal Martin
R|head_of_government|IRL|2020-06-27|2022-12-17
R|head_of_government|IRL|2025-01-23|
P|?|Simon Harris|IRL||Simon Harris|Simon Harris
R|head_of_government|IRL|2024-04-09|2025-01-23
# Central and Eastern Europe
P|?|Wojciech Jaruzelski|POL||Wojciech Jaruzelski|Jaruzelski
R|head_of_state|POL|1985-11-06|1990-12-22
P|?|Tadeusz Mazowiecki|POL||Tadeusz Mazowiecki|Mazowiecki
R|head_of_government|POL|1989-08-24|1991-01-12
P|?|Jerzy Buzek|POL||Jerzy Buzek|Buzek
R|head_of_government|POL|1997-10-31|2001-10-19
R|speaker|chronik:org-european-parliament|2009-07-14|2012-01-17|President of the European Parliament|Präsident des Europäischen Parlaments
P|?|Jarosław Kaczyński|POL|Jaroslaw Kaczynski|Jarosław Kaczyński,Jaroslaw Kaczynski|Jarosław Kaczyński,Jaroslaw Kaczynski
R|head_of_government|POL|2006-07-14|2007-11-16
R|leader|POL|2003-01-18||Chairman of Law and Justice (PiS)|PiS-Vorsitzender
P|?|Bronisław Komorowski|POL|Bronislaw Komorowski|Bronisław Komorowski,Bronislaw Komorowski|Komorowski
R|head_of_state|POL|2010-08-06|2015-08-06
P|?|Beata Szydło|POL|Beata Szydlo|Beata Szydło,Beata Szydlo|Szydło,Szydlo
R|head_of_government|POL|2015-11-16|2017-12-11|Prime Minister of Poland|Ministerpräsidentin Polens
P|?|József Antall|HUN|Jozsef Antall|József Antall|Antall
R|head_of_government|HUN|1990-05-23|1993-12-12
P|?|Gyula Horn|HUN||Gyula Horn|Gyula Horn
R|head_of_government|HUN|1994-07-15|1998-07-06
P|?|Ferenc Gyurcsány|HUN|Ferenc Gyurcsany|Ferenc Gyurcsány|Gyurcsány,Gyurcsany
R|head_of_government|HUN|2004-09-29|2009-04-14
P|?|Nicolae Ceaușescu|ROU|Nicolae Ceausescu|Nicolae Ceaușescu,Nicolae Ceausescu|Ceaușescu,Ceausescu
R|head_of_state|ROU|1974-03-28|1989-12-22
P|?|Ion Iliescu|ROU||Ion Iliescu|Iliescu
R|head_of_state|ROU|1989-12-22|1996-11-29
R|head_of_state|ROU|2000-12-20|2004-12-20
P|?|Emil Constantinescu|ROU||Emil Constantinescu|Constantinescu
R|head_of_state|ROU|1996-11-29|2000-12-20
P|?|Traian Băsescu|ROU|Traian Basescu|Traian Băsescu,Traian Basescu|Băsescu,Basescu
R|head_of_state|ROU|2004-12-20|2014-12-21
P|?|Klaus Iohannis|ROU|Klaus Johannis|Klaus Iohannis,Klaus Johannis|Iohannis,Johannis
R|head_of_state|ROU|2014-12-21|2025-02-12
P|?|Todor Zhivkov|BGR||Todor Schiwkow|Zhivkov,Schiwkow
R|leader|BGR|1954-03-04|1989-11-10|General Secretary of the Bulgarian Communist Party|Generalsekretär der Bulgarischen Kommunistischen Partei
P|?|Boyko Borisov|BGR|Boiko Borisov|Bojko Borissow|Borisov,Borissow
R|head_of_government|BGR|2009-07-27|2013-03-13|Prime Minister of Bulgaria|Ministerpräsident Bulgariens
R|head_of_government|BGR|2014-11-07|2017-01-27|Prime Minister of Bulgaria|Ministerpräsident Bulgariens
R|head_of_government|BGR|2017-05-04|2021-05-12|Prime Minister of Bulgaria|Ministerpräsident Bulgariens
P|?|Rumen Radev|BGR||Rumen Radew|Radev,Radew
R|head_of_state|BGR|2017-01-22||President of Bulgaria|Präsident Bulgariens
# Middle East, Asia
P|?|Émile Lahoud|LBN|Emile Lahoud|Émile Lahoud,Emile Lahoud|Lahoud
R|head_of_state|LBN|1998-11-24|2007-11-23
P|?|Michel Suleiman|LBN|Michel Sleiman|Michel Suleiman,Michel Sleiman|Michel Suleiman,Michel Sleiman
R|head_of_state|LBN|2008-05-25|2014-05-25
P|?|Michel Aoun|LBN||Michel Aoun|Aoun
R|head_of_state|LBN|2016-10-31|2022-10-30
P|?|Mohamed Hussein Tantawi|EGY|Hussein Tantawi|Mohammed Hussein Tantawi|Tantawi
R|head_of_state|EGY|2011-02-11|2012-06-30|Chairman of the Supreme Council of the Armed Forces|Vorsitzender des Obersten Militärrats
P|?|Salam Fayyad|PSE||Salam Fajjad,Salam Fayyad|Fayyad,Fajjad
R|head_of_government|PSE|2007-06-15|2013-06-06|Prime Minister of the Palestinian Authority|Ministerpräsident der Palästinensischen Autonomiebehörde
P|?|Ahmed Qurei|PSE|Abu Ala,Ahmed Qureia|Ahmed Kurei,Abu Ala|Qurei,Kurei
R|head_of_government|PSE|2003-10-07|2006-02-19|Prime Minister of the Palestinian Authority|Ministerpräsident der Palästinensischen Autonomiebehörde
P|?|Muhammad Zia-ul-Haq|PAK|Zia ul-Haq,General Zia|Mohammed Zia-ul-Haq,Zia ul-Haq|Zia-ul-Haq,Zia ul-Haq
R|head_of_state|PAK|1978-09-16|1988-08-17
P|?|Shaukat Aziz|PAK||Shaukat Aziz|Aziz
R|head_of_government|PAK|2004-08-28|2007-11-16
P|?|Yousaf Raza Gilani|PAK|Yusuf Raza Gilani|Yousuf Raza Gilani|Gilani
R|head_of_government|PAK|2008-03-25|2012-06-19
P|?|Asif Ali Zardari|PAK||Asif Ali Zardari|Zardari
R|head_of_state|PAK|2008-09-09|2013-09-09
R|head_of_state|PAK|2024-03-10|
P|?|Arif Alvi|PAK||Arif Alvi|Alvi
R|head_of_state|PAK|2018-09-09|2024-03-10
P|?|V. P. Singh|IND|Vishwanath Pratap Singh|V. P. Singh|V. P. Singh
R|head_of_government|IND|1989-12-02|1990-11-10
P|?|H. D. Deve Gowda|IND|Deve Gowda|H. D. Deve Gowda|Deve Gowda
R|head_of_government|IND|1996-06-01|1997-04-21
P|?|I. K. Gujral|IND|Inder Kumar Gujral|I. K. Gujral|Gujral
R|head_of_government|IND|1997-04-21|1998-03-19
P|?|A. P. J. Abdul Kalam|IND|Abdul Kalam|A. P. J. Abdul Kalam|Abdul Kalam
R|head_of_state|IND|2002-07-25|2007-07-25
P|?|Pranab Mukherjee|IND||Pranab Mukherjee|Mukherjee
R|head_of_state|IND|2012-07-25|2017-07-25
P|?|Sheikh Hasina|BGD|Sheikh Hasina Wajed|Scheich Hasina,Sheikh Hasina|Hasina
R|head_of_government|BGD|1996-06-23|2001-07-15|Prime Minister of Bangladesh|Premierministerin von Bangladesch
R|head_of_government|BGD|2009-01-06|2024-08-05|Prime Minister of Bangladesh|Premierministerin von Bangladesch
P|?|Khaleda Zia|BGD||Khaleda Zia|Khaleda Zia
R|head_of_government|BGD|1991-03-20|1996-03-30|Prime Minister of Bangladesh|Premierministerin von Bangladesch
R|head_of_government|BGD|2001-10-10|2006-10-29|Prime Minister of Bangladesh|Premierministerin von Bangladesch
P|?|Muhammad Yunus|BGD||Muhammad Yunus|Yunus
R|head_of_government|BGD|2024-08-08||Chief Adviser of Bangladesh|Regierungschef von Bangladesch
P|?|Mohammad Najibullah|AFG|Najibullah|Mohammed Nadschibullah,Nadschibullah|Najibullah,Nadschibullah
R|head_of_state|AFG|1987-09-30|1992-04-16|President of Afghanistan|Präsident Afghanistans
P|?|Burhanuddin Rabbani|AFG||Burhanuddin Rabbani|Rabbani
R|head_of_state|AFG|1992-06-28|2001-12-22|President of Afghanistan|Präsident Afghanistans
P|?|Ashraf Ghani|AFG|Mohammad Ashraf Ghani|Aschraf Ghani,Ashraf Ghani|Ghani
R|head_of_state|AFG|2014-09-29|2021-08-15|President of Afghanistan|Präsident Afghanistans
P|?|Chun Doo-hwan|KOR|Chun Doo Hwan|Chun Doo-hwan|Chun Doo-hwan
R|head_of_state|KOR|1980-09-01|1988-02-25
P|?|Lee Teng-hui|TWN||Lee Teng-hui|Lee Teng-hui
R|head_of_state|TWN|1988-01-13|2000-05-20
P|?|Chen Shui-bian|TWN||Chen Shui-bian|Chen Shui-bian
R|head_of_state|TWN|2000-05-20|2008-05-20
P|?|Ma Ying-jeou|TWN||Ma Ying-jeou|Ma Ying-jeou
R|head_of_state|TWN|2008-05-20|2016-05-20
P|?|Ferdinand Marcos|PHL|Ferdinand E. Marcos|Ferdinand Marcos|Marcos
R|head_of_state|PHL|1965-12-30|1986-02-25
P|?|Corazon Aquino|PHL|Cory Aquino|Corazon Aquino|Aquino
R|head_of_state|PHL|1986-02-25|1992-06-30|President of the Philippines|Präsidentin der Philippinen
P|?|Benigno Aquino III|PHL|Noynoy Aquino,Benigno Aquino|Benigno Aquino III.,Benigno Aquino|Aquino
R|head_of_state|PHL|2010-06-30|2016-06-30
P|?|Abdullah Ahmad Badawi|MYS||Abdullah Ahmad Badawi|Badawi
R|head_of_government|MYS|2003-10-31|2009-04-03
P|?|Najib Razak|MYS|Najib Tun Razak|Najib Razak|Najib
R|head_of_government|MYS|2009-04-03|2018-05-10
P|?|Bhumibol Adulyadej|THA|King Bhumibol|König Bhumibol,Bhumibol Adulyadej|Bhumibol,Adulyadej
R|head_of_state|THA|1946-06-09|2016-10-13
P|?|Vajiralongkorn|THA|King Vajiralongkorn,Maha Vajiralongkorn|König Vajiralongkorn,Maha Vajiralongkorn|
R|head_of_state|THA|2016-10-13|
P|?|Abhisit Vejjajiva|THA||Abhisit Vejjajiva|Abhisit
R|head_of_government|THA|2008-12-17|2011-08-05|Prime Minister of Thailand|Ministerpräsident Thailands
P|?|Yingluck Shinawatra|THA||Yingluck Shinawatra|Yingluck
R|head_of_government|THA|2011-08-05|2014-05-07|Prime Minister of Thailand|Ministerpräsidentin Thailands
P|?|Prayut Chan-o-cha|THA|Prayuth Chan-ocha|Prayut Chan-o-cha,Prayuth Chan-ocha|Prayut,Prayuth
R|head_of_government|THA|2014-08-24|2023-08-22|Prime Minister of Thailand|Ministerpräsident Thailands
# Africa, Americas
P|?|P. W. Botha|ZAF|Pieter Willem Botha|Pieter Willem Botha,P. W. Botha|Botha
R|head_of_state|ZAF|1984-09-14|1989-08-15
P|?|Ibrahim Babangida|NGA||Ibrahim Babangida|Babangida
R|head_of_state|NGA|1985-08-27|1993-08-26
P|?|Umaru Yar'Adua|NGA|Umaru Yar’Adua|Umaru Yar'Adua|Yar'Adua
R|head_of_state|NGA|2007-05-29|2010-05-05
P|?|Goodluck Jonathan|NGA||Goodluck Jonathan|Goodluck Jonathan
R|head_of_state|NGA|2010-05-06|2015-05-29
P|?|Mengistu Haile Mariam|ETH||Mengistu Haile Mariam|Mengistu
R|head_of_state|ETH|1977-02-03|1991-05-21|Head of State of Ethiopia|Staatschef Äthiopiens
P|?|Hailemariam Desalegn|ETH||Hailemariam Desalegn|Hailemariam
R|head_of_government|ETH|2012-08-21|2018-04-02
P|?|José Sarney|BRA|Jose Sarney|José Sarney|Sarney
R|head_of_state|BRA|1985-03-15|1990-03-15
P|?|Fernando Collor de Mello|BRA|Fernando Collor|Fernando Collor de Mello,Fernando Collor|Collor
R|head_of_state|BRA|1990-03-15|1992-12-29
P|?|Itamar Franco|BRA||Itamar Franco|Itamar Franco
R|head_of_state|BRA|1992-12-29|1995-01-01
P|?|Raúl Alfonsín|ARG|Raul Alfonsin|Raúl Alfonsín,Raul Alfonsin|Alfonsín,Alfonsin
R|head_of_state|ARG|1983-12-10|1989-07-08
P|?|Fernando de la Rúa|ARG|Fernando de la Rua|Fernando de la Rúa|de la Rúa,de la Rua
R|head_of_state|ARG|1999-12-10|2001-12-21
P|?|Eduardo Duhalde|ARG||Eduardo Duhalde|Duhalde
R|head_of_state|ARG|2002-01-02|2003-05-25
P|?|Miguel de la Madrid|MEX||Miguel de la Madrid|Miguel de la Madrid
R|head_of_state|MEX|1982-12-01|1988-12-01
P|?|Carlos Andrés Pérez|VEN|Carlos Andres Perez|Carlos Andrés Pérez|Carlos Andrés Pérez,Carlos Andres Perez
R|head_of_state|VEN|1989-02-02|1993-05-21
P|?|Rafael Caldera|VEN||Rafael Caldera|Rafael Caldera
R|head_of_state|VEN|1994-02-02|1999-02-02
P|?|Andrés Pastrana|COL|Andres Pastrana|Andrés Pastrana|Pastrana
R|head_of_state|COL|1998-08-07|2002-08-07
P|?|Iván Duque|COL|Ivan Duque|Iván Duque|Duque
R|head_of_state|COL|2018-08-07|2022-08-07
P|?|Gustavo Petro|COL||Gustavo Petro|Petro
R|head_of_state|COL|2022-08-07|
P|?|Patricio Aylwin|CHL||Patricio Aylwin|Aylwin
R|head_of_state|CHL|1990-03-11|1994-03-11
P|?|Ricardo Lagos|CHL||Ricardo Lagos|Ricardo Lagos
R|head_of_state|CHL|2000-03-11|2006-03-11
P|?|Michelle Bachelet|CHL||Michelle Bachelet|Bachelet
R|head_of_state|CHL|2006-03-11|2010-03-11|President of Chile|Präsidentin Chiles
R|head_of_state|CHL|2014-03-11|2018-03-11|President of Chile|Präsidentin Chiles
R|secretary_general|chronik:org-ohchr|2018-09-01|2022-09-01|United Nations High Commissioner for Human Rights|UN-Menschenrechtskommissarin
P|?|Sebastián Piñera|CHL|Sebastian Pinera|Sebastián Piñera,Sebastian Pinera|Piñera,Pinera
R|head_of_state|CHL|2010-03-11|2014-03-11
R|head_of_state|CHL|2018-03-11|2022-03-11
P|?|Gabriel Boric|CHL||Gabriel Boric|Boric
R|head_of_state|CHL|2022-03-11|
P|?|Alan García|PER|Alan Garcia|Alan García,Alan Garcia|Alan García,Alan Garcia
R|head_of_state|PER|1985-07-28|1990-07-28
R|head_of_state|PER|2006-07-28|2011-07-28
P|?|Alejandro Toledo|PER||Alejandro Toledo|Alejandro Toledo
R|head_of_state|PER|2001-07-28|2006-07-28
P|?|Ollanta Humala|PER||Ollanta Humala|Humala
R|head_of_state|PER|2011-07-28|2016-07-28
P|?|Pedro Castillo|PER||Pedro Castillo|Pedro Castillo
R|head_of_state|PER|2021-07-28|2022-12-07
P|?|Dina Boluarte|PER||Dina Boluarte|Boluarte
R|head_of_state|PER|2022-12-07|2025-10-10|President of Peru|Präsidentin Perus
P|?|Daniel Ortega|NIC|José Daniel Ortega|Daniel Ortega|Ortega
R|head_of_state|NIC|1985-01-10|1990-04-25|President of Nicaragua|Präsident Nicaraguas
R|head_of_state|NIC|2007-01-10||President of Nicaragua|Präsident Nicaraguas
# United States, 2001-2025 cabinet and Congress
P|?|John Ashcroft|USA||John Ashcroft|Ashcroft
R|minister|USA|2001-02-02|2005-02-03|United States Attorney General|US-Justizminister
P|?|Alberto Gonzales|USA||Alberto Gonzales|Gonzales
R|minister|USA|2005-02-03|2007-09-17|United States Attorney General|US-Justizminister
P|?|Eric Holder|USA||Eric Holder|Holder
R|minister|USA|2009-02-03|2015-04-27|United States Attorney General|US-Justizminister
P|?|Jeff Sessions|USA||Jeff Sessions|Sessions
R|minister|USA|2017-02-09|2018-11-07|United States Attorney General|US-Justizminister
P|?|William Barr|USA|Bill Barr,William P. Barr|William Barr,Bill Barr|Barr
R|minister|USA|1991-11-26|1993-01-20|United States Attorney General|US-Justizminister
R|minister|USA|2019-02-14|2020-12-23|United States Attorney General|US-Justizminister
P|?|Merrick Garland|USA||Merrick Garland|Garland
R|minister|USA|2021-03-11|2025-01-20|United States Attorney General|US-Justizminister
P|?|Pam Bondi|USA|Pamela Bondi|Pam Bondi|Bondi
R|minister|USA|2025-02-05||United States Attorney General|US-Justizministerin
P|?|Robert Mueller|USA|Robert S. Mueller|Robert Mueller|Mueller
R|office|USA|2001-09-04|2013-09-04|Director of the Federal Bureau of Investigation|FBI-Direktor
R|office|USA|2017-05-17|2019-05-29|Special Counsel|Sonderermittler
P|?|James Comey|USA|James B. Comey|James Comey|Comey
R|office|USA|2013-09-04|2017-05-09|Director of the Federal Bureau of Investigation|FBI-Direktor
P|?|Christopher Wray|USA||Christopher Wray|Wray
R|office|USA|2017-08-02|2025-01-20|Director of the Federal Bureau of Investigation|FBI-Direktor
P|?|Kash Patel|USA|Kashyap Patel|Kash Patel|Patel
R|office|USA|2025-02-21||Director of the Federal Bureau of Investigation|FBI-Direktor
P|?|Henry Paulson|USA|Hank Paulson|Henry Paulson,Hank Paulson|Paulson
R|finance_minister|USA|2006-07-10|2009-01-20
P|?|Timothy Geithner|USA|Tim Geithner|Timothy Geithner,Tim Geithner|Geithner
R|finance_minister|USA|2009-01-26|2013-01-25
P|?|Jack Lew|USA|Jacob Lew|Jack Lew|Lew
R|finance_minister|USA|2013-02-28|2017-01-20
P|?|Steven Mnuchin|USA|Steve Mnuchin|Steven Mnuchin|Mnuchin
R|finance_minister|USA|2017-02-13|2021-01-20
P|?|Stephen Hadley|USA||Stephen Hadley|Hadley
R|security_council_secretary|USA|2005-01-26|2009-01-20
P|?|Susan Rice|USA||Susan Rice|Susan Rice
R|ambassador|USA|2009-01-22|2013-06-30|United States Ambassador to the United Nations|UN-Botschafterin der USA
R|security_council_secretary|USA|2013-07-01|2017-01-20|United States National Security Advisor|Nationale Sicherheitsberaterin der USA
P|?|Michael Flynn|USA|Mike Flynn|Michael Flynn|Flynn
R|security_council_secretary|USA|2017-01-20|2017-02-13
P|?|H. R. McMaster|USA|Herbert Raymond McMaster|H. R. McMaster|McMaster
R|security_council_secretary|USA|2017-02-20|2018-04-09
P|?|John Bolton|USA||John Bolton|John Bolton
R|ambassador|USA|2005-08-02|2006-12-09|United States Ambassador to the United Nations|UN-Botschafter der USA
R|security_council_secretary|USA|2018-04-09|2019-09-10
P|?|Samantha Power|USA||Samantha Power|Samantha Power
R|ambassador|USA|2013-08-05|2017-01-20|United States Ambassador to the United Nations|UN-Botschafterin der USA
P|?|Nikki Haley|USA||Nikki Haley|Haley
R|ambassador|USA|2017-01-27|2018-12-31|United States Ambassador to the United Nations|UN-Botschafterin der USA
P|?|Michael Hayden|USA||Michael Hayden|Hayden
R|intelligence_chief|USA|2006-05-30|2009-02-12|Director of the Central Intelligence Agency|CIA-Direktor
P|?|David Petraeus|USA||David Petraeus|Petraeus
R|intelligence_chief|USA|2011-09-06|2012-11-09|Director of the Central Intelligence Agency|CIA-Direktor
P|?|John Brennan|USA||John Brennan|Brennan
R|intelligence_chief|USA|2013-03-08|2017-01-20|Director of the Central Intelligence Agency|CIA-Direktor
P|?|Gina Haspel|USA||Gina Haspel|Haspel
R|intelligence_chief|USA|2018-05-21|2021-01-20|Director of the Central Intelligence Agency|CIA-Direktorin
P|?|William Burns|USA|Bill Burns,William J. Burns|William Burns|William Burns,Bill Burns
R|intelligence_chief|USA|2021-03-19|2025-01-20|Director of the Central Intelligence Agency|CIA-Direktor
P|?|Patrick Shanahan|USA||Patrick Shanahan|Shanahan
R|defence_minister|USA|2019-01-01|2019-06-24|United States Secretary of Defense (acting)|US-Verteidigungsminister (kommissarisch)
P|?|George Mitchell|USA|George J. Mitchell|George Mitchell|George Mitchell
R|leader|chronik:org-us-senate|1989-01-03|1995-01-03|Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|Bob Dole|USA|Robert Dole|Bob Dole|Dole
R|leader|chronik:org-us-senate|1995-01-03|1996-06-11|Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|Trent Lott|USA||Trent Lott|Lott
R|leader|chronik:org-us-senate|1996-06-12|2001-01-03|Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|Harry Reid|USA||Harry Reid|Reid
R|leader|chronik:org-us-senate|2007-01-03|2015-01-03|Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|Mitch McConnell|USA||Mitch McConnell|McConnell
R|leader|chronik:org-us-senate|2015-01-03|2021-01-20|Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|Chuck Schumer|USA|Charles Schumer,Charles E. Schumer|Chuck Schumer|Schumer
R|leader|chronik:org-us-senate|2021-01-20|2025-01-03|Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|John Thune|USA||John Thune|Thune
R|leader|chronik:org-us-senate|2025-01-03||Senate Majority Leader|Mehrheitsführer im US-Senat
P|?|William Rehnquist|USA|William H. Rehnquist|William Rehnquist|Rehnquist
R|office|USA|1986-09-26|2005-09-03|Chief Justice of the United States|Vorsitzender Richter am Supreme Court
P|?|John Roberts|USA|John G. Roberts|John Roberts|John Roberts
R|office|USA|2005-09-29||Chief Justice of the United States|Vorsitzender Richter am Supreme Court
# Europe: ministers of the 1990s-2010s
P|?|George Younger|GBR||George Younger|George Younger
R|defence_minister|GBR|1986-01-09|1989-07-24
P|?|John Reid|GBR||John Reid|John Reid
R|defence_minister|GBR|2005-05-06|2006-05-05
P|?|Des Browne|GBR||Des Browne|Des Browne
R|defence_minister|GBR|2006-05-05|2008-10-03
P|?|Liam Fox|GBR||Liam Fox|Liam Fox
R|defence_minister|GBR|2010-05-12|2011-10-14
P|?|Jean-Bernard Raimond|FRA||Jean-Bernard Raimond|Raimond
R|foreign_minister|FRA|1986-03-20|1988-05-12
P|?|Philippe Douste-Blazy|FRA||Philippe Douste-Blazy|Douste-Blazy
R|foreign_minister|FRA|2005-06-02|2007-05-18
P|?|Jean-Pierre Chevènement|FRA|Jean-Pierre Chevenement|Jean-Pierre Chevènement|Chevènement,Chevenement
R|defence_minister|FRA|1988-05-12|1991-01-29
P|?|Pierre Joxe|FRA||Pierre Joxe|Joxe
R|defence_minister|FRA|1991-01-29|1993-03-29
P|?|François Léotard|FRA|Francois Leotard|François Léotard|Léotard,Leotard
R|defence_minister|FRA|1993-03-30|1995-05-18
P|?|Charles Millon|FRA||Charles Millon|Millon
R|defence_minister|FRA|1995-05-18|1997-06-04
P|?|Alain Richard|FRA||Alain Richard|Alain Richard
R|defence_minister|FRA|1997-06-04|2002-05-07
P|?|Hervé Morin|FRA|Herve Morin|Hervé Morin|Morin
R|defence_minister|FRA|2007-05-18|2010-11-14
P|?|Gérard Longuet|FRA|Gerard Longuet|Gérard Longuet|Longuet
R|defence_minister|FRA|2011-02-27|2012-05-16
P|?|Gerhard Stoltenberg|DEU||Gerhard Stoltenberg|Gerhard Stoltenberg
R|finance_minister|DEU|1982-10-04|1989-04-21
R|defence_minister|DEU|1989-04-21|1992-04-01
P|?|Rupert Scholz|DEU||Rupert Scholz|Rupert Scholz
R|defence_minister|DEU|1988-05-18|1989-04-21
P|?|Francesco Cossiga|ITA||Francesco Cossiga|Cossiga
R|head_of_state|ITA|1985-07-03|1992-04-28
P|?|Bettino Craxi|ITA||Bettino Craxi|Craxi
R|head_of_government|ITA|1983-08-04|1987-04-17
P|?|Ciriaco De Mita|ITA||Ciriaco De Mita|De Mita
R|head_of_government|ITA|1988-04-13|1989-07-23
P|?|Gianni De Michelis|ITA||Gianni De Michelis|De Michelis
R|foreign_minister|ITA|1989-07-23|1992-06-28
P|?|Susanna Agnelli|ITA||Susanna Agnelli|Susanna Agnelli
R|foreign_minister|ITA|1995-01-17|1996-05-18|Minister of Foreign Affairs of Italy|Außenministerin Italiens
P|?|Franco Frattini|ITA||Franco Frattini|Frattini
R|foreign_minister|ITA|2002-11-14|2004-11-18
R|foreign_minister|ITA|2008-05-08|2011-11-16
P|?|Gianfranco Fini|ITA||Gianfranco Fini|Fini
R|foreign_minister|ITA|2004-11-18|2006-05-17
P|?|Emma Bonino|ITA||Emma Bonino|Bonino
R|foreign_minister|ITA|2013-04-28|2014-02-22|Minister of Foreign Affairs of Italy|Außenministerin Italiens
P|?|Federica Mogherini|ITA||Federica Mogherini|Mogherini
R|foreign_minister|ITA|2014-02-22|2014-10-31|Minister of Foreign Affairs of Italy|Außenministerin Italiens
R|foreign_minister|chronik:org-eu|2014-11-01|2019-12-01|High Representative of the EU for Foreign Affairs and Security Policy|EU-Außenbeauftragte
P|?|Angelino Alfano|ITA||Angelino Alfano|Alfano
R|foreign_minister|ITA|2016-12-12|2018-06-01
P|?|Hirohito|JPN|Emperor Hirohito,Emperor Showa|Kaiser Hirohito,Hirohito|
R|head_of_state|JPN|1926-12-25|1989-01-07
P|?|Yasuhiro Nakasone|JPN||Yasuhiro Nakasone|Nakasone
R|head_of_government|JPN|1982-11-27|1987-11-06
P|?|Makiko Tanaka|JPN||Makiko Tanaka|Makiko Tanaka
R|foreign_minister|JPN|2001-04-26|2002-02-01|Minister for Foreign Affairs of Japan|Außenministerin Japans
P|?|Kim Campbell|CAN|Avril Phaedra Douglas Campbell|Kim Campbell|Kim Campbell
R|head_of_government|CAN|1993-06-25|1993-11-04|Prime Minister of Canada|Premierministerin Kanadas
P|?|Paul Martin|CAN|Paul Edgar Philippe Martin|Paul Martin|Paul Martin
R|head_of_government|CAN|2003-12-12|2006-02-06
P|?|Li Xiannian|CHN||Li Xiannian|Li Xiannian
R|head_of_state|CHN|1983-06-18|1988-04-08
P|?|Wu Xueqian|CHN||Wu Xueqian|Wu Xueqian
R|foreign_minister|CHN|1982-11-19|1988-04-09
P|?|Cao Gangchuan|CHN||Cao Gangchuan|Cao Gangchuan
R|defence_minister|CHN|2003-03-17|2008-03-17
P|?|Liang Guanglie|CHN||Liang Guanglie|Liang Guanglie
R|defence_minister|CHN|2008-03-17|2013-03-16
P|?|Chaim Herzog|ISR||Chaim Herzog|Chaim Herzog
R|head_of_state|ISR|1983-05-05|1993-05-13
P|?|Moshe Katsav|ISR|Moshe Katzav|Mosche Katzav,Moshe Katsav|Katsav,Katzav
R|head_of_state|ISR|2000-08-01|2007-07-01
P|?|Silvan Shalom|ISR||Silvan Schalom,Silvan Shalom|Silvan Shalom,Silvan Schalom
R|foreign_minister|ISR|2003-02-28|2006-01-16
P|?|Tzipi Livni|ISR||Zipi Livni,Tzipi Livni|Livni
R|foreign_minister|ISR|2006-05-04|2009-03-31|Minister of Foreign Affairs of Israel|Außenministerin Israels
P|?|Avigdor Lieberman|ISR|Avigdor Liberman|Avigdor Lieberman|Lieberman,Liberman
R|foreign_minister|ISR|2009-03-31|2012-12-18
R|foreign_minister|ISR|2013-11-11|2015-05-14
R|defence_minister|ISR|2016-05-30|2018-11-18
P|?|Shaul Mofaz|ISR||Schaul Mofas,Shaul Mofaz|Mofaz
R|military_chief|ISR|1998-07-09|2002-07-09
R|defence_minister|ISR|2002-11-04|2006-05-04
P|?|Amir Peretz|ISR||Amir Peretz|Peretz
R|defence_minister|ISR|2006-05-04|2007-06-18
P|?|Moshe Ya'alon|ISR|Moshe Yaalon,Moshe Ya’alon|Mosche Jaalon,Moshe Ya'alon|Ya'alon,Yaalon,Jaalon
R|defence_minister|ISR|2013-03-18|2016-05-25
P|?|Fuad Masum|IRQ|Fouad Massoum|Fuad Masum|Masum
R|head_of_state|IRQ|2014-07-24|2018-10-02
P|?|Barham Salih|IRQ|Barham Saleh|Barham Salih|Barham Salih
R|head_of_state|IRQ|2018-10-02|2022-10-17
P|?|Abdul Latif Rashid|IRQ||Abdul Latif Raschid,Abdul Latif Rashid|Abdul Latif Rashid
R|head_of_state|IRQ|2022-10-17|
P|?|Adil Abdul-Mahdi|IRQ|Adel Abdul Mahdi|Adil Abdul-Mahdi|Abdul-Mahdi
R|head_of_government|IRQ|2018-10-25|2020-05-07
P|?|Fuad Hussein|IRQ||Fuad Hussein|Fuad Hussein
R|foreign_minister|IRQ|2020-06-06|
P|?|Ali Akbar Salehi|IRN||Ali Akbar Salehi|Salehi
R|foreign_minister|IRN|2011-01-30|2013-08-15
P|?|Bruno Rodríguez Parrilla|CUB|Bruno Rodriguez,Bruno Rodríguez|Bruno Rodríguez,Bruno Rodriguez|Bruno Rodríguez,Bruno Rodriguez
R|foreign_minister|CUB|2009-03-02|
P|?|Manuel Marrero|CUB|Manuel Marrero Cruz|Manuel Marrero|Marrero
R|head_of_government|CUB|2019-12-21|
P|?|Ante Marković|HRV|Ante Markovic|Ante Marković,Ante Markovic|Ante Marković,Ante Markovic
R|head_of_government|YUG|1989-03-16|1991-12-20|Prime Minister of Yugoslavia|Ministerpräsident Jugoslawiens
P|?|Milan Panić|SRB|Milan Panic|Milan Panić,Milan Panic|Panić,Panic
R|head_of_government|YUG|1992-07-14|1993-02-09|Prime Minister of Yugoslavia|Ministerpräsident Jugoslawiens
P|?|Dobrica Ćosić|SRB|Dobrica Cosic|Dobrica Ćosić,Dobrica Cosic|Ćosić,Cosic
R|head_of_state|YUG|1992-06-15|1993-06-01
P|?|Zoran Lilić|SRB|Zoran Lilic|Zoran Lilić,Zoran Lilic|Lilić,Lilic
R|head_of_state|YUG|1993-06-25|1997-06-25
P|?|Momir Bulatović|MNE|Momir Bulatovic|Momir Bulatović,Momir Bulatovic|Bulatović,Bulatovic
R|head_of_government|YUG|1998-05-20|2000-11-04|Prime Minister of Yugoslavia|Ministerpräsident Jugoslawiens
P|?|Milan Milutinović|SRB|Milan Milutinovic|Milan Milutinović,Milan Milutinovic|Milutinović,Milutinovic
R|foreign_minister|YUG|1995-08-15|1997-12-29|Minister of Foreign Affairs of Yugoslavia|Außenminister Jugoslawiens
R|head_of_state|SRB|1997-12-29|2002-12-29
P|?|Goran Svilanović|SRB|Goran Svilanovic|Goran Svilanović,Goran Svilanovic|Svilanović,Svilanovic
R|foreign_minister|YUG|2000-11-04|2004-04-16|Minister of Foreign Affairs of Yugoslavia|Außenminister Jugoslawiens
P|?|Tomislav Nikolić|SRB|Tomislav Nikolic|Tomislav Nikolić,Tomislav Nikolic|Nikolić,Nikolic
R|head_of_state|SRB|2012-05-31|2017-05-31
P|?|Ivica Dačić|SRB|Ivica Dacic|Ivica Dačić,Ivica Dacic|Dačić,Dacic
R|head_of_government|SRB|2012-07-27|2014-04-27
R|foreign_minister|SRB|2014-04-27|2020-10-28|Minister of Foreign Affairs of Serbia|Außenminister Serbiens
P|?|Ana Brnabić|SRB|Ana Brnabic|Ana Brnabić,Ana Brnabic|Brnabić,Brnabic
R|head_of_government|SRB|2017-06-29|2024-05-02|Prime Minister of Serbia|Ministerpräsidentin Serbiens
P|?|Vuk Jeremić|SRB|Vuk Jeremic|Vuk Jeremić,Vuk Jeremic|Jeremić,Jeremic
R|foreign_minister|SRB|2007-05-15|2012-07-27|Minister of Foreign Affairs of Serbia|Außenminister Serbiens
# --- German federal ministers, party leaders and Länder heads 1998-2025 (German Wikinews names them) ---
P|?|Edmund Stoiber|DEU||Edmund Stoiber|Stoiber
R|regional_head|DEU|1993-05-28|2007-10-09|Minister-President of Bavaria|bayerischer Ministerpräsident
R|leader|chronik:org-csu|1999-01-16|2007-09-29|Chairman of the CSU|CSU-Vorsitzender
P|?|Günther Beckstein|DEU|Gunther Beckstein|Günther Beckstein|Beckstein
R|regional_head|DEU|2007-10-09|2008-10-27|Minister-President of Bavaria|bayerischer Ministerpräsident
P|?|Horst Seehofer|DEU||Horst Seehofer|Seehofer
R|minister|DEU|2005-11-22|2008-10-27|Federal Minister of Food and Agriculture|Bundeslandwirtschaftsminister
R|leader|chronik:org-csu|2008-10-25|2019-01-19|Chairman of the CSU|CSU-Vorsitzender
R|regional_head|DEU|2008-10-27|2018-03-13|Minister-President of Bavaria|bayerischer Ministerpräsident
R|interior_minister|DEU|2018-03-14|2021-12-08
P|?|Franz Müntefering|DEU|Franz Muentefering|Franz Müntefering|Müntefering,Muentefering
R|leader|chronik:org-spd|2004-03-21|2005-11-15|Chairman of the SPD|SPD-Vorsitzender
R|deputy_head_of_government|DEU|2005-11-22|2007-11-21
R|leader|chronik:org-spd|2008-10-18|2009-11-13|Chairman of the SPD|SPD-Vorsitzender
P|?|Matthias Platzeck|DEU||Matthias Platzeck|Platzeck
R|regional_head|DEU|2002-06-26|2013-08-28|Minister-President of Brandenburg|Ministerpräsident Brandenburgs
R|leader|chronik:org-spd|2005-11-15|2006-04-10|Chairman of the SPD|SPD-Vorsitzender
P|?|Kurt Beck|DEU||Kurt Beck|Kurt Beck
R|regional_head|DEU|1994-10-26|2013-01-16|Minister-President of Rhineland-Palatinate|Ministerpräsident von Rheinland-Pfalz
R|leader|chronik:org-spd|2006-05-14|2008-09-07|Chairman of the SPD|SPD-Vorsitzender
P|?|Brigitte Zypries|DEU||Brigitte Zypries|Zypries
R|minister|DEU|2002-10-22|2009-10-28|Federal Minister of Justice|Bundesjustizministerin
R|minister|DEU|2017-01-27|2018-03-14|Federal Minister for Economic Affairs|Bundeswirtschaftsministerin
P|?|Ulla Schmidt|DEU||Ulla Schmidt|Ulla Schmidt
R|minister|DEU|2001-01-12|2009-10-28|Federal Minister of Health|Bundesgesundheitsministerin
P|?|Jürgen Trittin|DEU|Juergen Trittin|Jürgen Trittin|Trittin
R|minister|DEU|1998-10-27|2005-11-22|Federal Minister for the Environment|Bundesumweltminister
P|?|Renate Künast|DEU|Renate Kuenast|Renate Künast|Künast,Kuenast
R|minister|DEU|2001-01-12|2005-11-22|Federal Minister of Consumer Protection, Food and Agriculture|Bundesverbraucherschutzministerin
P|?|Claudia Roth|DEU||Claudia Roth|Claudia Roth
R|minister|DEU|2021-12-08|2025-05-06|Federal Government Commissioner for Culture and the Media|Kulturstaatsministerin
P|?|Cem Özdemir|DEU|Cem Ozdemir|Cem Özdemir|Özdemir,Oezdemir
R|leader|chronik:org-greens-de|2008-11-15|2018-01-27|Co-chair of the Greens|Grünen-Vorsitzender
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister of Food and Agriculture|Bundeslandwirtschaftsminister
R|minister|DEU|2024-11-07|2025-05-06|Federal Minister of Education and Research|Bundesbildungsminister
P|?|Gregor Gysi|DEU||Gregor Gysi|Gysi
R|office|chronik:org-linke|2005-09|2015-10-13|Leader of the Left parliamentary group|Fraktionschef der Linken
P|?|Sahra Wagenknecht|DEU||Sahra Wagenknecht|Wagenknecht
R|office|chronik:org-linke|2015-10-13|2019-11-12|Co-leader of the Left parliamentary group|Fraktionschefin der Linken
R|leader|chronik:org-bsw|2024-01-08||Chair of the BSW|BSW-Vorsitzende
P|?|Norbert Lammert|DEU||Norbert Lammert|Lammert
R|speaker|DEU|2005-10-18|2017-10-24|President of the Bundestag|Bundestagspräsident
P|?|Klaus Wowereit|DEU||Klaus Wowereit|Wowereit
R|regional_head|DEU|2001-06-16|2014-12-11|Governing Mayor of Berlin|Regierender Bürgermeister von Berlin
P|?|Michael Müller|DEU|Michael Mueller|Michael Müller|Michael Müller
R|regional_head|DEU|2014-12-11|2021-12-21|Governing Mayor of Berlin|Regierender Bürgermeister von Berlin
P|?|Franziska Giffey|DEU||Franziska Giffey|Giffey
R|minister|DEU|2018-03-14|2021-05-20|Federal Minister for Family Affairs|Bundesfamilienministerin
R|regional_head|DEU|2021-12-21|2023-04-27|Governing Mayor of Berlin|Regierende Bürgermeisterin von Berlin
P|?|Kai Wegner|DEU||Kai Wegner|Wegner
R|regional_head|DEU|2023-04-27||Governing Mayor of Berlin|Regierender Bürgermeister von Berlin
P|?|Ole von Beust|DEU||Ole von Beust|von Beust
R|regional_head|DEU|2001-10-31|2010-08-25|First Mayor of Hamburg|Erster Bürgermeister Hamburgs
P|?|Peter Tschentscher|DEU||Peter Tschentscher|Tschentscher
R|regional_head|DEU|2018-03-28||First Mayor of Hamburg|Erster Bürgermeister Hamburgs
P|?|Roland Koch|DEU||Roland Koch|Roland Koch
R|regional_head|DEU|1999-04-07|2010-08-31|Minister-President of Hesse|hessischer Ministerpräsident
P|?|Boris Rhein|DEU||Boris Rhein|Boris Rhein
R|regional_head|DEU|2022-05-31||Minister-President of Hesse|hessischer Ministerpräsident
P|?|Jürgen Rüttgers|DEU|Juergen Ruettgers|Jürgen Rüttgers|Rüttgers,Ruettgers
R|regional_head|DEU|2005-06-22|2010-07-14|Minister-President of North Rhine-Westphalia|Ministerpräsident von Nordrhein-Westfalen
P|?|Hannelore Kraft|DEU||Hannelore Kraft|Hannelore Kraft
R|regional_head|DEU|2010-07-14|2017-06-27|Minister-President of North Rhine-Westphalia|Ministerpräsidentin von Nordrhein-Westfalen
P|?|Armin Laschet|DEU||Armin Laschet|Laschet
R|regional_head|DEU|2017-06-27|2021-10-26|Minister-President of North Rhine-Westphalia|Ministerpräsident von Nordrhein-Westfalen
R|leader|chronik:org-cdu|2021-01-22|2022-01-31|Chairman of the CDU|CDU-Vorsitzender
P|?|Hendrik Wüst|DEU|Hendrik Wuest|Hendrik Wüst|Hendrik Wüst
R|regional_head|DEU|2021-10-27||Minister-President of North Rhine-Westphalia|Ministerpräsident von Nordrhein-Westfalen
P|?|Günther Oettinger|DEU|Guenther Oettinger|Günther Oettinger|Oettinger
R|regional_head|DEU|2005-04-21|2010-02-10|Minister-President of Baden-Württemberg|Ministerpräsident von Baden-Württemberg
R|office|chronik:org-european-commission|2010-02-10|2019-12-01|European Commissioner|EU-Kommissar
P|?|Winfried Kretschmann|DEU||Winfried Kretschmann|Kretschmann
R|regional_head|DEU|2011-05-12||Minister-President of Baden-Württemberg|Ministerpräsident von Baden-Württemberg
P|?|Malu Dreyer|DEU||Malu Dreyer|Dreyer
R|regional_head|DEU|2013-01-16|2024-07-10|Minister-President of Rhineland-Palatinate|Ministerpräsidentin von Rheinland-Pfalz
P|?|Stephan Weil|DEU||Stephan Weil|Stephan Weil
R|regional_head|DEU|2013-02-19|2025-05-20|Minister-President of Lower Saxony|Ministerpräsident Niedersachsens
P|?|Michael Kretschmer|DEU||Michael Kretschmer|Kretschmer
R|regional_head|DEU|2017-12-13||Minister-President of Saxony|sächsischer Ministerpräsident
P|?|Dietmar Woidke|DEU||Dietmar Woidke|Woidke
R|regional_head|DEU|2013-08-28||Minister-President of Brandenburg|Ministerpräsident Brandenburgs
P|?|Manuela Schwesig|DEU||Manuela Schwesig|Schwesig
R|minister|DEU|2013-12-17|2017-06-02|Federal Minister for Family Affairs|Bundesfamilienministerin
R|regional_head|DEU|2017-07-04||Minister-President of Mecklenburg-Vorpommern|Ministerpräsidentin von Mecklenburg-Vorpommern
P|?|Bodo Ramelow|DEU||Bodo Ramelow|Ramelow
R|regional_head|DEU|2014-12-05|2020-02-05|Minister-President of Thuringia|thüringischer Ministerpräsident
R|regional_head|DEU|2020-03-04|2024-12-12|Minister-President of Thuringia|thüringischer Ministerpräsident
P|?|Daniel Günther|DEU|Daniel Guenther|Daniel Günther|Daniel Günther
R|regional_head|DEU|2017-06-28||Minister-President of Schleswig-Holstein|Ministerpräsident von Schleswig-Holstein
P|?|Jens Spahn|DEU||Jens Spahn|Spahn
R|minister|DEU|2018-03-14|2021-12-08|Federal Minister of Health|Bundesgesundheitsminister
R|leader|chronik:org-cdu-csu|2025-05||Chairman of the CDU/CSU parliamentary group|Unionsfraktionschef
P|?|Peter Altmaier|DEU||Peter Altmaier|Altmaier
R|minister|DEU|2012-05-22|2013-12-17|Federal Minister for the Environment|Bundesumweltminister
R|office|DEU|2013-12-17|2018-03-14|Head of the Federal Chancellery|Kanzleramtschef
R|minister|DEU|2018-03-14|2021-12-08|Federal Minister for Economic Affairs and Energy|Bundeswirtschaftsminister
P|?|Rainer Brüderle|DEU|Rainer Bruederle|Rainer Brüderle|Brüderle,Bruederle
R|minister|DEU|2009-10-28|2011-05-12|Federal Minister of Economics and Technology|Bundeswirtschaftsminister
P|?|Philipp Rösler|DEU|Philipp Roesler|Philipp Rösler|Rösler,Roesler
R|minister|DEU|2009-10-28|2011-05-12|Federal Minister of Health|Bundesgesundheitsminister
R|deputy_head_of_government|DEU|2011-05-16|2013-12-17
R|minister|DEU|2011-05-12|2013-12-17|Federal Minister of Economics and Technology|Bundeswirtschaftsminister
R|leader|chronik:org-fdp|2011-05-13|2013-12-07|Chairman of the FDP|FDP-Vorsitzender
P|?|Hans-Peter Friedrich|DEU||Hans-Peter Friedrich|Hans-Peter Friedrich
R|interior_minister|DEU|2011-03-03|2013-12-17
P|?|Sabine Leutheusser-Schnarrenberger|DEU||Sabine Leutheusser-Schnarrenberger|Leutheusser-Schnarrenberger
R|minister|DEU|1992-05-18|1996-01-17|Federal Minister of Justice|Bundesjustizministerin
R|minister|DEU|2009-10-28|2013-12-17|Federal Minister of Justice|Bundesjustizministerin
P|?|Annette Schavan|DEU||Annette Schavan|Schavan
R|minister|DEU|2005-11-22|2013-02-14|Federal Minister of Education and Research|Bundesbildungsministerin
P|?|Dirk Niebel|DEU||Dirk Niebel|Niebel
R|minister|DEU|2009-10-28|2013-12-17|Federal Minister for Economic Cooperation and Development|Bundesentwicklungsminister
P|?|Peter Ramsauer|DEU||Peter Ramsauer|Ramsauer
R|minister|DEU|2009-10-28|2013-12-17|Federal Minister of Transport|Bundesverkehrsminister
P|?|Ilse Aigner|DEU||Ilse Aigner|Aigner
R|minister|DEU|2008-10-31|2013-09-30|Federal Minister of Food, Agriculture and Consumer Protection|Bundeslandwirtschaftsministerin
P|?|Ronald Pofalla|DEU||Ronald Pofalla|Pofalla
R|office|DEU|2009-10-28|2013-12-17|Head of the Federal Chancellery|Kanzleramtschef
P|?|Volker Kauder|DEU||Volker Kauder|Kauder
R|office|chronik:org-cdu|2005-11-28|2018-09-25|Leader of the CDU/CSU parliamentary group|Unionsfraktionschef
P|?|Andrea Nahles|DEU||Andrea Nahles|Nahles
R|minister|DEU|2013-12-17|2017-10-24|Federal Minister of Labour and Social Affairs|Bundesarbeitsministerin
R|leader|chronik:org-spd|2018-04-22|2019-06-03|Chair of the SPD|SPD-Vorsitzende
P|?|Martin Schulz|DEU||Martin Schulz|Martin Schulz
R|speaker|chronik:org-european-parliament|2012-01-17|2017-01-17|President of the European Parliament|Präsident des Europäischen Parlaments
R|leader|chronik:org-spd|2017-03-19|2018-02-13|Chairman of the SPD|SPD-Vorsitzender
P|?|Saskia Esken|DEU||Saskia Esken|Esken
R|leader|chronik:org-spd|2019-12-06|2025-06-27|Co-chair of the SPD|SPD-Kovorsitzende
P|?|Katja Kipping|DEU||Katja Kipping|Kipping
R|leader|chronik:org-linke|2012-06-02|2021-02-27|Co-chair of the Left|Linken-Vorsitzende
P|?|Bernd Lucke|DEU||Bernd Lucke|Lucke
R|leader|chronik:org-afd|2013-04-14|2015-07-04|Spokesman of the AfD|AfD-Sprecher
P|?|Frauke Petry|DEU||Frauke Petry|Petry
R|leader|chronik:org-afd|2015-07-04|2017-09-29|Spokeswoman of the AfD|AfD-Sprecherin
P|?|Alexander Gauland|DEU||Alexander Gauland|Gauland
R|leader|chronik:org-afd|2017-12-02|2019-11-30|Co-chair of the AfD|AfD-Kovorsitzender
P|?|Alice Weidel|DEU||Alice Weidel|Weidel
R|leader|chronik:org-afd|2022-06-18||Co-chair of the AfD|AfD-Kovorsitzende
P|?|Björn Höcke|DEU|Bjorn Hocke|Björn Höcke|Höcke,Hoecke
R|leader|chronik:org-afd|2013||Chairman of the AfD in Thuringia|AfD-Landeschef in Thüringen
P|?|Hubertus Heil|DEU||Hubertus Heil|Hubertus Heil
R|minister|DEU|2018-03-14|2025-05-06|Federal Minister of Labour and Social Affairs|Bundesarbeitsminister
P|?|Karl Lauterbach|DEU||Karl Lauterbach|Lauterbach
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister of Health|Bundesgesundheitsminister
P|?|Volker Wissing|DEU||Volker Wissing|Wissing
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister for Digital and Transport|Bundesverkehrsminister
R|minister|DEU|2024-11-07|2025-05-06|Federal Minister of Justice|Bundesjustizminister
P|?|Marco Buschmann|DEU||Marco Buschmann|Buschmann
R|minister|DEU|2021-12-08|2024-11-07|Federal Minister of Justice|Bundesjustizminister
# --- further names of German Wikinews 2004-2021 ---
P|?|Mitt Romney|USA|Willard Mitt Romney|Mitt Romney|Romney
R|regional_head|USA|2003-01-02|2007-01-04|Governor of Massachusetts|Gouverneur von Massachusetts
R|office|USA|2019-01-03|2025-01-03|United States Senator from Utah|US-Senator aus Utah
P|?|John McCain|USA|John Sidney McCain|John McCain|McCain
R|office|USA|1987-01-03|2018-08-25|United States Senator from Arizona|US-Senator aus Arizona
P|?|Sarah Palin|USA||Sarah Palin|Palin
R|regional_head|USA|2006-12-04|2009-07-26|Governor of Alaska|Gouverneurin von Alaska
P|?|Mir-Hossein Mousavi|IRN|Mir Hossein Mousavi,Hossein Mousavi|Mir Hossein Mussawi,Hossein Mussawi,Mir-Hossein Mussawi|Mousavi,Mussawi
R|office|IRN|1981-10-31|1989-08-03|Prime Minister of Iran|Ministerpräsident Irans
P|?|Morgan Tsvangirai|ZWE||Morgan Tsvangirai|Tsvangirai
R|leader|chronik:org-mdc-zimbabwe|1999-09|2018-02-14|Leader of the Movement for Democratic Change|MDC-Vorsitzender
R|office|ZWE|2009-02-11|2013-09-15|Prime Minister of Zimbabwe|Premierminister Simbabwes
P|?|Geert Wilders|NLD||Geert Wilders|Wilders
R|leader|chronik:org-pvv|2006-02-22||Leader of the Party for Freedom|PVV-Vorsitzender
P|?|Ulrich Wilhelm|DEU||Ulrich Wilhelm|Ulrich Wilhelm
R|spokesperson|DEU|2005-11-22|2010-08-11|Spokesperson of the German Federal Government|Regierungssprecher
P|?|Steffen Seibert|DEU||Steffen Seibert|Seibert
R|spokesperson|DEU|2010-08-11|2021-12-08|Spokesperson of the German Federal Government|Regierungssprecher
P|?|Abdullah Abdullah|AFG||Abdullah Abdullah|Abdullah Abdullah
R|office|AFG|2014-09-29|2020-03-11|Chief Executive of Afghanistan|Regierungsgeschäftsführer Afghanistans
P|?|Xanana Gusmão|TLS|Xanana Gusmao|Xanana Gusmão,Xanana Gusmao|Gusmão,Gusmao
R|head_of_state|TLS|2002-05-20|2007-05-20|President of East Timor|Präsident Osttimors
R|office|TLS|2007-08-08|2015-02-16|Prime Minister of East Timor|Premierminister Osttimors
R|office|TLS|2023-07-01||Prime Minister of East Timor|Premierminister Osttimors
P|?|José Ramos-Horta|TLS|Jose Ramos-Horta|José Ramos-Horta,Jose Ramos-Horta|Ramos-Horta
R|foreign_minister|TLS|2002-05-20|2006-06-03|Minister of Foreign Affairs of East Timor|Außenminister Osttimors
R|head_of_state|TLS|2007-05-20|2012-05-20|President of East Timor|Präsident Osttimors
R|head_of_state|TLS|2022-05-20||President of East Timor|Präsident Osttimors
P|?|Josef Ackermann|CHE||Josef Ackermann|Josef Ackermann
R|office|chronik:org-deutsche-bank|2002-05-22|2012-05-31|Chief Executive of Deutsche Bank|Vorstandschef der Deutschen Bank
P|?|Manfred Stolpe|DEU||Manfred Stolpe|Stolpe
R|regional_head|DEU|1990-11-01|2002-06-26|Minister-President of Brandenburg|Ministerpräsident Brandenburgs
R|minister|DEU|2002-10-22|2005-11-22|Federal Minister of Transport|Bundesverkehrsminister
P|?|Sepp Blatter|CHE|Joseph Blatter|Sepp Blatter,Joseph Blatter|Blatter
R|secretary_general|chronik:org-fifa|1998-06-08|2015-10-08|President of FIFA|FIFA-Präsident
P|?|Gianni Infantino|CHE||Gianni Infantino|Infantino
R|secretary_general|chronik:org-fifa|2016-02-26||President of FIFA|FIFA-Präsident
P|?|Thomas Bach|DEU||Thomas Bach|Thomas Bach
R|secretary_general|chronik:org-ioc|2013-09-10|2025-06-23|President of the International Olympic Committee|IOC-Präsident
P|?|Theo Zwanziger|DEU||Theo Zwanziger|Theo Zwanziger
R|office|chronik:org-dfb|2006-09-08|2012-03-02|President of the German Football Association|DFB-Präsident
P|?|Joseph Kony|UGA||Joseph Kony|Kony
P|?|Elián González|CUB|Elian Gonzalez|Elián González,Elian Gonzalez|Elián,Elian
P|?|Monica Lewinsky|USA|Monica S. Lewinsky|Monica Lewinsky|Lewinsky
P|?|Linda Tripp|USA||Linda Tripp|Tripp
P|?|Norbert Röttgen|DEU|Norbert Roettgen|Norbert Röttgen|Röttgen,Roettgen
R|minister|DEU|2009-10-28|2012-05-22|Federal Minister for the Environment|Bundesumweltminister
P|?|Hermann Gröhe|DEU|Hermann Groehe|Hermann Gröhe|Gröhe,Groehe
R|minister|DEU|2013-12-17|2018-03-14|Federal Minister of Health|Bundesgesundheitsminister
P|?|Gerd Müller|DEU|Gerd Mueller|Gerd Müller|Gerd Müller
R|minister|DEU|2013-12-17|2021-12-08|Federal Minister for Economic Cooperation and Development|Bundesentwicklungsminister
P|?|Andreas Scheuer|DEU||Andreas Scheuer|Scheuer
R|minister|DEU|2018-03-14|2021-12-08|Federal Minister of Transport|Bundesverkehrsminister
P|?|Svenja Schulze|DEU||Svenja Schulze|Svenja Schulze
R|minister|DEU|2018-03-14|2021-12-08|Federal Minister for the Environment|Bundesumweltministerin
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister for Economic Cooperation and Development|Bundesentwicklungsministerin
P|?|Anja Karliczek|DEU||Anja Karliczek|Karliczek
R|minister|DEU|2018-03-14|2021-12-08|Federal Minister of Education and Research|Bundesbildungsministerin
P|?|Bettina Stark-Watzinger|DEU||Bettina Stark-Watzinger|Stark-Watzinger
R|minister|DEU|2021-12-08|2024-11-07|Federal Minister of Education and Research|Bundesbildungsministerin
P|?|Katarina Barley|DEU||Katarina Barley|Katarina Barley
R|minister|DEU|2018-03-14|2019-06-27|Federal Minister of Justice|Bundesjustizministerin
P|?|Steffi Lemke|DEU||Steffi Lemke|Lemke
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister for the Environment|Bundesumweltministerin
P|?|Lisa Paus|DEU||Lisa Paus|Paus
R|minister|DEU|2022-04-25|2025-05-06|Federal Minister for Family Affairs|Bundesfamilienministerin
P|?|Anne Spiegel|DEU||Anne Spiegel|Anne Spiegel
R|minister|DEU|2021-12-08|2022-04-25|Federal Minister for Family Affairs|Bundesfamilienministerin
P|?|Klara Geywitz|DEU||Klara Geywitz|Geywitz
R|minister|DEU|2021-12-08|2025-05-06|Federal Minister of Housing|Bundesbauministerin
P|?|Wolfgang Tiefensee|DEU||Wolfgang Tiefensee|Tiefensee
R|minister|DEU|2005-11-22|2009-10-28|Federal Minister of Transport|Bundesverkehrsminister
P|?|Michael Glos|DEU||Michael Glos|Glos
R|minister|DEU|2005-11-22|2009-02-10|Federal Minister of Economics and Technology|Bundeswirtschaftsminister
P|?|Wolfgang Clement|DEU||Wolfgang Clement|Clement
R|regional_head|DEU|1998-06-09|2002-10-22|Minister-President of North Rhine-Westphalia|Ministerpräsident von Nordrhein-Westfalen
R|minister|DEU|2002-10-22|2005-11-22|Federal Minister of Economics and Labour|Bundeswirtschafts- und Arbeitsminister
P|?|Wolfgang Thierse|DEU||Wolfgang Thierse|Thierse
R|speaker|DEU|1998-10-26|2005-10-18|President of the Bundestag|Bundestagspräsident
P|?|Edelgard Bulmahn|DEU||Edelgard Bulmahn|Bulmahn
R|minister|DEU|1998-10-27|2005-11-22|Federal Minister of Education and Research|Bundesbildungsministerin
P|?|Heidemarie Wieczorek-Zeul|DEU||Heidemarie Wieczorek-Zeul|Wieczorek-Zeul
R|minister|DEU|1998-10-27|2009-10-28|Federal Minister for Economic Cooperation and Development|Bundesentwicklungsministerin
# --- office holders 2024-2026 not listed above (audit of session 6; "?" = Wikidata id unchecked) ---
# German federal cabinet of Friedrich Merz (sworn in 2025-05-06) and the Scholz cabinet's chancellery
P|?|Thorsten Frei|DEU||Thorsten Frei|Thorsten Frei
R|minister|DEU|2025-05-06||Head of the Federal Chancellery|Kanzleramtschef
P|?|Wolfgang Schmidt|DEU||Wolfgang Schmidt|Wolfgang Schmidt
R|minister|DEU|2021-12-08|2025-05-06|Head of the Federal Chancellery|Kanzleramtschef
P|?|Katherina Reiche|DEU||Katherina Reiche|Katherina Reiche
R|minister|DEU|2025-05-06||Federal Minister for Economic Affairs and Energy|Bundeswirtschaftsministerin
P|?|Karin Prien|DEU||Karin Prien|Karin Prien
R|minister|DEU|2025-05-06||Federal Minister of Education, Family Affairs, Senior Citizens, Women and Youth|Bundesbildungsministerin
P|?|Nina Warken|DEU||Nina Warken|Warken
R|minister|DEU|2025-05-06||Federal Minister of Health|Bundesgesundheitsministerin
P|?|Patrick Schnieder|DEU||Patrick Schnieder|Schnieder
R|minister|DEU|2025-05-06||Federal Minister of Transport|Bundesverkehrsminister
P|?|Karsten Wildberger|DEU||Karsten Wildberger|Wildberger
R|minister|DEU|2025-05-06||Federal Minister for Digital Affairs and State Modernisation|Bundesdigitalminister
P|?|Alois Rainer|DEU||Alois Rainer|Alois Rainer
R|minister|DEU|2025-05-06||Federal Minister of Agriculture, Food and Regional Identity|Bundeslandwirtschaftsminister
P|?|Dorothee Bär|DEU|Dorothee Baer|Dorothee Bär|Dorothee Bär
R|minister|DEU|2025-05-06||Federal Minister of Research, Technology and Space|Bundesforschungsministerin
P|?|Stefanie Hubig|DEU||Stefanie Hubig|Hubig
R|minister|DEU|2025-05-06||Federal Minister of Justice|Bundesjustizministerin
P|?|Carsten Schneider|DEU||Carsten Schneider|Carsten Schneider
R|minister|DEU|2025-05-06||Federal Minister for the Environment|Bundesumweltminister
P|?|Reem Alabali-Radovan|DEU|Reem Alabali Radovan|Reem Alabali-Radovan|Alabali-Radovan
R|minister|DEU|2025-05-06||Federal Minister for Economic Cooperation and Development|Bundesentwicklungsministerin
P|?|Verena Hubertz|DEU||Verena Hubertz|Hubertz
R|minister|DEU|2025-05-06||Federal Minister for Housing, Urban Development and Building|Bundesbauministerin
P|?|Wolfram Weimer|DEU||Wolfram Weimer|Weimer
R|minister|DEU|2025-05-06||Minister of State for Culture and the Media|Kulturstaatsminister
# German party leaders
P|?|Norbert Walter-Borjans|DEU||Norbert Walter-Borjans|Walter-Borjans
R|leader|chronik:org-spd|2019-12-06|2021-12-11|Co-chair of the SPD|SPD-Kovorsitzender
P|?|Ricarda Lang|DEU||Ricarda Lang|Ricarda Lang
R|leader|chronik:org-greens-de|2022-01-29|2024-11-16|Co-chair of the Greens|Grünen-Vorsitzende
P|?|Omid Nouripour|DEU||Omid Nouripour|Nouripour
R|leader|chronik:org-greens-de|2022-01-29|2024-11-16|Co-chair of the Greens|Grünen-Vorsitzender
P|?|Franziska Brantner|DEU||Franziska Brantner|Brantner
R|leader|chronik:org-greens-de|2024-11-16||Co-chair of the Greens|Grünen-Vorsitzende
P|?|Felix Banaszak|DEU||Felix Banaszak|Banaszak
R|leader|chronik:org-greens-de|2024-11-16||Co-chair of the Greens|Grünen-Vorsitzender
P|?|Christian Dürr|DEU|Christian Duerr|Christian Dürr|Christian Dürr
R|leader|chronik:org-fdp|2025-05-16||Chairman of the FDP|FDP-Vorsitzender
P|?|Janine Wissler|DEU||Janine Wissler|Wissler
R|leader|chronik:org-linke|2021-02-27|2024-10-19|Co-chair of Die Linke|Linken-Vorsitzende
P|?|Martin Schirdewan|DEU||Martin Schirdewan|Schirdewan
R|leader|chronik:org-linke|2022-06-25|2024-10-19|Co-chair of Die Linke|Linken-Vorsitzender
P|?|Ines Schwerdtner|DEU||Ines Schwerdtner|Schwerdtner
R|leader|chronik:org-linke|2024-10-19||Co-chair of Die Linke|Linken-Vorsitzende
P|?|Jan van Aken|DEU||Jan van Aken|van Aken
R|leader|chronik:org-linke|2024-10-19||Co-chair of Die Linke|Linken-Vorsitzender
P|?|Tino Chrupalla|DEU||Tino Chrupalla|Chrupalla
R|leader|chronik:org-afd|2019-11-30||Co-chair of the AfD|AfD-Kovorsitzender
P|?|Amira Mohamed Ali|DEU||Amira Mohamed Ali|Mohamed Ali
R|leader|chronik:org-bsw|2024-01-08||Co-chair of the BSW|BSW-Kovorsitzende
# Heads of government of German Länder
P|?|Alexander Schweitzer|DEU||Alexander Schweitzer|Alexander Schweitzer
R|regional_head|DEU|2024-07-10||Minister-President of Rhineland-Palatinate|Ministerpräsident von Rheinland-Pfalz
P|?|Mario Voigt|DEU||Mario Voigt|Mario Voigt
R|regional_head|DEU|2024-12-12||Minister-President of Thuringia|thüringischer Ministerpräsident
P|?|Olaf Lies|DEU||Olaf Lies|Olaf Lies
R|regional_head|DEU|2025-05-20||Minister-President of Lower Saxony|Ministerpräsident Niedersachsens
P|?|Anke Rehlinger|DEU||Anke Rehlinger|Rehlinger
R|regional_head|DEU|2022-04-25||Minister-President of Saarland|Ministerpräsidentin des Saarlandes
P|?|Reiner Haseloff|DEU||Reiner Haseloff|Haseloff
R|regional_head|DEU|2011-04-19||Minister-President of Saxony-Anhalt|Ministerpräsident von Sachsen-Anhalt
P|?|Andreas Bovenschulte|DEU||Andreas Bovenschulte|Bovenschulte
R|regional_head|DEU|2019-08-15||Mayor and President of the Senate of Bremen|Bremer Bürgermeister
# Palestinian territories, Syria after December 2024, Yemen, Sudan
P|?|Mohammad Mustafa|PSE|Mohammed Mustafa|Mohammed Mustafa,Mohammad Mustafa|Mohammad Mustafa
R|head_of_government|PSE|2024-03-31|
P|?|Mohammad Shtayyeh|PSE|Mohammad Shtayyeh,Mohammed Shtayyeh|Mohammed Schtajjeh,Mohammad Schtaje|Shtayyeh,Schtajjeh
R|head_of_government|PSE|2019-04-14|2024-03-31
P|?|Khalil al-Hayya|PSE|Khalil al-Hayyah|Chalil al-Hajja,Khalil al-Hayya|al-Hayya,al-Hajja
P|?|Asaad al-Shaibani|SYR|Asaad Hassan al-Shaibani,Asaad al-Shibani|Asaad al-Schaibani,Assad al-Schaibani|al-Shaibani,al-Schaibani
R|foreign_minister|SYR|2024-12-21|
P|?|Murhaf Abu Qasra|SYR||Murhaf Abu Kasra,Murhaf Abu Qasra|Abu Qasra,Abu Kasra
R|defence_minister|SYR|2024-12-21||Minister of Defense of Syria|Verteidigungsminister Syriens
P|?|Mohammed al-Bashir|SYR|Mohammad al-Bashir|Mohammed al-Baschir,Mohammed al-Bashir|Mohammed al-Bashir
R|head_of_government|SYR|2024-12-10|2025-03-29|Prime Minister of Syria (caretaker)|Übergangsregierungschef Syriens
P|?|Rashad al-Alimi|YEM|Rashad Muhammad al-Alimi|Raschad al-Alimi|al-Alimi
R|head_of_state|YEM|2022-04-07||Chairman of the Presidential Leadership Council of Yemen|Vorsitzender des jemenitischen Präsidialrats
P|?|Abdel Fattah al-Burhan|SDN|Abdel Fattah Abdelrahman al-Burhan,Abdelfattah al-Burhan|Abdel Fattah al-Burhan,Abdel Fattah al-Burhan|al-Burhan,Burhan
R|head_of_state|SDN|2019-04-12||Chairman of the Transitional Sovereignty Council of Sudan|Vorsitzender des sudanesischen Souveränitätsrats
R|military_chief|SDN|2019-04-12||Commander-in-chief of the Sudanese Armed Forces|Oberbefehlshaber der sudanesischen Armee
P|?|Mohamed Hamdan Dagalo|SDN|Hemedti,Hemeti,Mohamed Hamdan Daglo|Mohamed Hamdan Daglo,Mohammed Hamdan Daglo,Hemedti|Dagalo,Daglo,Hemedti,Hemeti
R|leader|chronik:org-rsf-sudan|2013||Commander of the Rapid Support Forces|Anführer der RSF
P|?|Abdalla Hamdok|SDN|Abdallah Hamdok|Abdalla Hamdok,Abdullah Hamduk|Hamdok,Hamduk
R|head_of_government|SDN|2019-08-21|2022-01-02|Prime Minister of Sudan|Ministerpräsident des Sudan
P|?|Kamil Idris|SDN|Kamil Eltayeb Idris|Kamil Idris|Kamil Idris
R|head_of_government|SDN|2025-05-19||Prime Minister of Sudan|Ministerpräsident des Sudan
# Taiwan, Venezuela
P|?|Cho Jung-tai|TWN||Cho Jung-tai|Cho Jung-tai
R|head_of_government|TWN|2024-05-20||Premier of Taiwan|Ministerpräsident Taiwans
P|?|Lin Chia-lung|TWN||Lin Chia-lung|Lin Chia-lung
R|foreign_minister|TWN|2024-05-20||Minister of Foreign Affairs of Taiwan|Außenminister Taiwans
P|?|Wellington Koo|TWN|Koo Li-hsiung|Wellington Koo|Wellington Koo
R|defence_minister|TWN|2024-05-20||Minister of National Defense of Taiwan|Verteidigungsminister Taiwans
P|?|Delcy Rodríguez|VEN|Delcy Rodriguez|Delcy Rodríguez,Delcy Rodriguez|Delcy Rodríguez
R|deputy_head_of_state|VEN|2018-06-14||Vice President of Venezuela|Vizepräsidentin Venezuelas
P|?|Vladimir Padrino López|VEN|Vladimir Padrino Lopez|Vladimir Padrino López,Vladimir Padrino|Padrino
R|defence_minister|VEN|2014-10-24||Minister of Defence of Venezuela|Verteidigungsminister Venezuelas
# Baltic and Nordic states
P|?|Kristen Michal|EST||Kristen Michal|Kristen Michal
R|head_of_government|EST|2024-07-23||Prime Minister of Estonia|Ministerpräsident Estlands
P|?|Margus Tsahkna|EST||Margus Tsahkna|Tsahkna
R|foreign_minister|EST|2024-04-17||Minister of Foreign Affairs of Estonia|Außenminister Estlands
P|?|Evika Siliņa|LVA|Evika Silina|Evika Siliņa,Evika Silina|Siliņa,Silina
R|head_of_government|LVA|2023-09-15||Prime Minister of Latvia|Ministerpräsidentin Lettlands
P|?|Baiba Braže|LVA|Baiba Braze|Baiba Braže,Baiba Braze|Braže,Braze
R|foreign_minister|LVA|2024-04-19||Minister of Foreign Affairs of Latvia|Außenministerin Lettlands
P|?|Ingrida Šimonytė|LTU|Ingrida Simonyte|Ingrida Šimonytė,Ingrida Simonyte|Šimonytė,Simonyte
R|head_of_government|LTU|2020-12-11|2024-12-12|Prime Minister of Lithuania|Ministerpräsidentin Litauens
P|?|Gintautas Paluckas|LTU||Gintautas Paluckas|Paluckas
R|head_of_government|LTU|2024-12-12|2025-08|Prime Minister of Lithuania|Ministerpräsident Litauens
P|?|Gabrielius Landsbergis|LTU||Gabrielius Landsbergis|Gabrielius Landsbergis
R|foreign_minister|LTU|2020-12-11|2024-12-12|Minister of Foreign Affairs of Lithuania|Außenminister Litauens
P|?|Kęstutis Budrys|LTU|Kestutis Budrys|Kęstutis Budrys,Kestutis Budrys|Budrys
R|foreign_minister|LTU|2024-12-12||Minister of Foreign Affairs of Lithuania|Außenminister Litauens
P|?|Elina Valtonen|FIN||Elina Valtonen|Valtonen
R|foreign_minister|FIN|2023-06-20||Minister for Foreign Affairs of Finland|Außenministerin Finnlands
P|?|Antti Häkkänen|FIN|Antti Hakkanen|Antti Häkkänen|Häkkänen,Hakkanen
R|defence_minister|FIN|2023-06-20||Minister of Defence of Finland|Verteidigungsminister Finnlands
P|?|Tobias Billström|SWE|Tobias Billstrom|Tobias Billström|Billström,Billstrom
R|foreign_minister|SWE|2022-10-18|2024-09-10
P|?|Maria Malmer Stenergard|SWE||Maria Malmer Stenergard|Malmer Stenergard,Stenergard
R|foreign_minister|SWE|2024-09-10||Minister for Foreign Affairs of Sweden|Außenministerin Schwedens
P|?|Pål Jonson|SWE|Pal Jonson|Pål Jonson|Pål Jonson
R|defence_minister|SWE|2022-10-18||Minister for Defence of Sweden|Verteidigungsminister Schwedens
P|?|Espen Barth Eide|NOR||Espen Barth Eide|Barth Eide
R|foreign_minister|NOR|2023-10-16||Minister of Foreign Affairs of Norway|Außenminister Norwegens
P|?|Frederik X|DNK|King Frederik X,King Frederik|König Frederik X.,Frederik X.,König Frederik|
R|head_of_state|DNK|2024-01-14||King of Denmark|König von Dänemark
P|?|Margrethe II|DNK|Queen Margrethe II,Queen Margrethe|Königin Margrethe II.,Margrethe II.,Königin Margrethe|
R|head_of_state|DNK|1972-01-14|2024-01-14|Queen of Denmark|Königin von Dänemark
# Central and Eastern Europe, Caucasus
P|?|Tamás Sulyok|HUN|Tamas Sulyok|Tamás Sulyok,Tamas Sulyok|Sulyok
R|head_of_state|HUN|2024-03-05|
P|?|Katalin Novák|HUN|Katalin Novak|Katalin Novák,Katalin Novak|Katalin Novák
R|head_of_state|HUN|2022-05-10|2024-02-26|President of Hungary|Präsidentin Ungarns
P|?|Miloš Vučević|SRB|Milos Vucevic|Miloš Vučević,Milos Vucevic|Vučević,Vucevic
R|head_of_government|SRB|2024-05-02|2025-04-16
P|?|Đuro Macut|SRB|Djuro Macut,Duro Macut|Đuro Macut,Djuro Macut|Macut
R|head_of_government|SRB|2025-04-16|
P|?|Marko Đurić|SRB|Marko Djuric|Marko Đurić,Marko Djuric|Đurić,Djuric
R|foreign_minister|SRB|2024-05-02|
P|?|Mikheil Kavelashvili|GEO|Mikhail Kavelashvili|Micheil Kawelaschwili|Kavelashvili,Kawelaschwili
R|head_of_state|GEO|2024-12-29|
P|?|Irakli Garibashvili|GEO|Irakli Gharibashvili|Irakli Garibaschwili|Garibashvili,Garibaschwili
R|head_of_government|GEO|2013-11-20|2015-12-30
R|head_of_government|GEO|2021-02-22|2024-02-08
P|?|Ararat Mirzoyan|ARM||Ararat Mirsojan|Mirzoyan,Mirsojan
R|foreign_minister|ARM|2021-08-19||Minister of Foreign Affairs of Armenia|Außenminister Armeniens
P|?|Vahagn Khachaturyan|ARM||Wahagn Chatschaturjan|Khachaturyan,Chatschaturjan
R|head_of_state|ARM|2022-03-13|
P|?|Jeyhun Bayramov|AZE||Dschejhun Bairamow,Jeyhun Bayramov|Bayramov,Bairamow
R|foreign_minister|AZE|2020-07-16||Minister of Foreign Affairs of Azerbaijan|Außenminister Aserbaidschans
P|?|Dorin Recean|MDA||Dorin Recean|Recean
R|head_of_government|MDA|2023-02-16||Prime Minister of Moldova|Ministerpräsident der Republik Moldau
P|?|Mihai Popșoi|MDA|Mihai Popsoi|Mihai Popșoi,Mihai Popsoi|Popșoi,Popsoi
R|foreign_minister|MDA|2024-01-29||Minister of Foreign Affairs of Moldova|Außenminister der Republik Moldau
P|?|Ilie Bolojan|ROU||Ilie Bolojan|Bolojan
R|head_of_state|ROU|2025-02-12|2025-05-26|Acting President of Romania|amtierender Präsident Rumäniens
R|head_of_government|ROU|2025-06-23||Prime Minister of Romania|Ministerpräsident Rumäniens
P|?|Marcel Ciolacu|ROU||Marcel Ciolacu|Ciolacu
R|head_of_government|ROU|2023-06-15|2025-05-06|Prime Minister of Romania|Ministerpräsident Rumäniens
P|?|Petr Fiala|CZE||Petr Fiala|Fiala
R|head_of_government|CZE|2021-11-28|2025-12
P|?|Andrej Babiš|CZE|Andrej Babis|Andrej Babiš,Andrej Babis|Babiš,Babis
R|head_of_government|CZE|2017-12-13|2021-11-28
R|head_of_government|CZE|2025-12|
P|?|Jan Lipavský|CZE|Jan Lipavsky|Jan Lipavský,Jan Lipavsky|Lipavský,Lipavsky
R|foreign_minister|CZE|2021-12-17|2025-12
P|?|Peter Pellegrini|SVK||Peter Pellegrini|Pellegrini
R|head_of_government|SVK|2018-03-22|2020-03-21
R|head_of_state|SVK|2024-06-15||President of Slovakia|Präsident der Slowakei
P|?|Zuzana Čaputová|SVK|Zuzana Caputova|Zuzana Čaputová,Zuzana Caputova|Čaputová,Caputova
R|head_of_state|SVK|2019-06-15|2024-06-15|President of Slovakia|Präsidentin der Slowakei
P|?|Juraj Blanár|SVK|Juraj Blanar|Juraj Blanár,Juraj Blanar|Blanár,Blanar
R|foreign_minister|SVK|2023-10-25||Minister of Foreign Affairs of Slovakia|Außenminister der Slowakei
P|?|Robert Kaliňák|SVK|Robert Kalinak|Robert Kaliňák,Robert Kalinak|Kaliňák,Kalinak
R|defence_minister|SVK|2023-10-25||Minister of Defence of Slovakia|Verteidigungsminister der Slowakei
# Western Europe
P|?|José Manuel Albares|ESP|Jose Manuel Albares|José Manuel Albares|Albares
R|foreign_minister|ESP|2021-07-12||Minister of Foreign Affairs of Spain|Außenminister Spaniens
P|?|Margarita Robles|ESP||Margarita Robles|Robles
R|defence_minister|ESP|2018-06-07||Minister of Defence of Spain|Verteidigungsministerin Spaniens
P|?|Caspar Veldkamp|NLD||Caspar Veldkamp|Veldkamp
R|foreign_minister|NLD|2024-07-02|2025-08-22|Minister of Foreign Affairs of the Netherlands|Außenminister der Niederlande
P|?|Ruben Brekelmans|NLD||Ruben Brekelmans|Brekelmans
R|defence_minister|NLD|2024-07-02||Minister of Defence of the Netherlands|Verteidigungsminister der Niederlande
# Middle East, Asia, Africa, Americas
P|?|Badr Abdelatty|EGY|Badr Abdel Aty|Badr Abdelatty,Badr Abdel Atti|Abdelatty
R|foreign_minister|EGY|2024-07-03|
P|?|Sameh Shoukry|EGY||Sameh Schukri,Sameh Shoukry|Shoukry,Schukri
R|foreign_minister|EGY|2014-06-17|2024-07-03
P|?|Mohammed bin Abdulrahman Al Thani|QAT|Sheikh Mohammed bin Abdulrahman Al Thani,Mohammed bin Abdulrahman bin Jassim Al Thani|Mohammed bin Abdulrahman Al Thani,Scheich Mohammed bin Abdulrahman Al Thani|
R|head_of_government|QAT|2023-03-07||Prime Minister of Qatar|Ministerpräsident Katars
R|foreign_minister|QAT|2016-01-28||Minister of Foreign Affairs of Qatar|Außenminister Katars
P|?|Ayman Safadi|JOR||Aiman Safadi,Ayman Safadi|Safadi
R|foreign_minister|JOR|2017-01-15||Minister of Foreign Affairs of Jordan|Außenminister Jordaniens
P|?|Ishaq Dar|PAK|Mohammad Ishaq Dar|Ishaq Dar|Ishaq Dar
R|foreign_minister|PAK|2024-03-11||Minister of Foreign Affairs of Pakistan|Außenminister Pakistans
P|?|Ronald Lamola|ZAF||Ronald Lamola|Lamola
R|foreign_minister|ZAF|2024-07-03||Minister of International Relations and Cooperation of South Africa|Außenminister Südafrikas
P|?|Naledi Pandor|ZAF||Naledi Pandor|Pandor
R|foreign_minister|ZAF|2019-05-30|2024-07-03|Minister of International Relations and Cooperation of South Africa|Außenministerin Südafrikas
P|?|Sjafrie Sjamsoeddin|IDN||Sjafrie Sjamsoeddin|Sjamsoeddin
R|defence_minister|IDN|2024-10-21|
P|?|Juan Ramón de la Fuente|MEX|Juan Ramon de la Fuente|Juan Ramón de la Fuente|de la Fuente
R|foreign_minister|MEX|2024-10-01||Secretary of Foreign Affairs of Mexico|Außenminister Mexikos
P|?|Diana Mondino|ARG||Diana Mondino|Mondino
R|foreign_minister|ARG|2023-12-10|2024-10-30|Minister of Foreign Affairs of Argentina|Außenministerin Argentiniens
P|?|Gerardo Werthein|ARG||Gerardo Werthein|Werthein
R|foreign_minister|ARG|2024-10-30|2025-10|Minister of Foreign Affairs of Argentina|Außenminister Argentiniens
P|?|Ali Bagheri Kani|IRN|Ali Bagheri|Ali Bagheri Kani,Ali Bagheri|Bagheri Kani,Bagheri
R|foreign_minister|IRN|2024-05-20|2024-08-21|Acting Minister of Foreign Affairs of Iran|amtierender Außenminister Irans
# United Kingdom and United States: further offices 2022-2025
P|?|Suella Braverman|GBR||Suella Braverman|Braverman
R|interior_minister|GBR|2022-10-25|2023-11-13
P|?|Angela Rayner|GBR||Angela Rayner|Rayner
R|deputy_head_of_government|GBR|2024-07-05|2025-09-05|Deputy Prime Minister of the United Kingdom|Vizepremierministerin des Vereinigten Königreichs
P|?|Oliver Dowden|GBR||Oliver Dowden|Dowden
R|deputy_head_of_government|GBR|2023-08-29|2024-07-05|Deputy Prime Minister of the United Kingdom|Vizepremierminister des Vereinigten Königreichs
P|?|Karine Jean-Pierre|USA||Karine Jean-Pierre|Jean-Pierre
R|spokesperson|USA|2022-05-13|2025-01-20|White House Press Secretary|Sprecherin des Weißen Hauses
# people in the news of 2024-2026 (offices where known)
P|?|Kristi Noem|USA||Kristi Noem|Noem
R|minister|USA|2025-01-25||United States Secretary of Homeland Security|US-Heimatschutzministerin
P|?|Robert F. Kennedy Jr.|USA|RFK Jr.,Robert Kennedy Jr.|Robert F. Kennedy Jr.,Robert F. Kennedy junior|Robert F. Kennedy Jr.
R|minister|USA|2025-02-13||United States Secretary of Health and Human Services|US-Gesundheitsminister
P|?|Howard Lutnick|USA||Howard Lutnick|Lutnick
R|minister|USA|2025-02-21||United States Secretary of Commerce|US-Handelsminister
P|?|Jamieson Greer|USA||Jamieson Greer|Greer
R|minister|USA|2025-02||United States Trade Representative|US-Handelsbeauftragter
P|?|Keith Kellogg|USA||Keith Kellogg|Keith Kellogg
P|?|Elon Musk|USA||Elon Musk|Musk
P|?|Félix Tshisekedi|COD|Felix Tshisekedi|Félix Tshisekedi,Felix Tshisekedi|Tshisekedi
R|head_of_state|COD|2019-01-24|
P|?|María Corina Machado|VEN|Maria Corina Machado|María Corina Machado,Maria Corina Machado|Machado
P|?|Edmundo González Urrutia|VEN|Edmundo González,Edmundo Gonzalez|Edmundo González Urrutia,Edmundo González|Edmundo González
P|?|Daniel Noboa|ECU||Daniel Noboa|Noboa
R|head_of_state|ECU|2023-11-23||President of Ecuador|Präsident Ecuadors
P|?|Nayib Bukele|SLV||Nayib Bukele|Bukele
R|head_of_state|SLV|2019-06-01||President of El Salvador|Präsident El Salvadors
P|?|Heidi Reichinnek|DEU||Heidi Reichinnek|Reichinnek
P|?|Matthias Miersch|DEU||Matthias Miersch|Miersch
P|?|Carsten Linnemann|DEU||Carsten Linnemann|Linnemann
R|secretary_general|chronik:org-cdu|2023-07||Secretary General of the CDU|CDU-Generalsekretär
P|?|Marine Le Pen|FRA||Marine Le Pen|Le Pen
P|?|Jordan Bardella|FRA||Jordan Bardella|Bardella
R|leader|chronik:org-rassemblement-national|2022-11-05||President of the National Rally|RN-Vorsitzender
P|?|Nigel Farage|GBR||Nigel Farage|Farage
R|leader|chronik:org-reform-uk|2024-06-03||Leader of Reform UK|Vorsitzender von Reform UK
P|?|Kemi Badenoch|GBR||Kemi Badenoch|Badenoch
R|leader|chronik:org-uk-conservative-party|2024-11-02||Leader of the Conservative Party|Vorsitzende der Konservativen Partei
P|?|Herbert Kickl|AUT||Herbert Kickl|Kickl
R|leader|chronik:org-fpo|2021-06-19||Chairman of the FPÖ|FPÖ-Chef
P|?|Andreas Babler|AUT||Andreas Babler|Babler
R|leader|chronik:org-spo|2023-06||Chairman of the SPÖ|SPÖ-Chef
R|deputy_head_of_government|AUT|2025-03-03||Vice-Chancellor of Austria|Vizekanzler Österreichs
P|?|Karin Keller-Sutter|CHE||Karin Keller-Sutter|Keller-Sutter
R|head_of_state|CHE|2025-01-01|2026-01-01|President of the Swiss Confederation|Bundespräsidentin der Schweiz
P|?|Nikos Christodoulides|CYP||Nikos Christodoulides|Christodoulides
R|head_of_state|CYP|2023-02-28||President of Cyprus|Präsident Zyperns
P|?|Luís Montenegro|PRT|Luis Montenegro|Luís Montenegro,Luis Montenegro|Luís Montenegro
R|head_of_government|PRT|2024-04-02||Prime Minister of Portugal|Ministerpräsident Portugals
P|?|Péter Magyar|HUN|Peter Magyar|Péter Magyar,Peter Magyar|Péter Magyar
P|?|George Simion|ROU||George Simion|Simion
P|?|Călin Georgescu|ROU|Calin Georgescu|Călin Georgescu,Calin Georgescu|Georgescu
P|?|Bidzina Ivanishvili|GEO||Bidsina Iwanischwili|Ivanishvili,Iwanischwili
P|?|Alexei Navalny|RUS|Alexey Navalny|Alexei Nawalny,Alexej Nawalny|Navalny,Nawalny
P|?|Yulia Navalnaya|RUS||Julija Nawalnaja|Navalnaya,Nawalnaja
P|?|Mikhail Khodorkovsky|RUS||Michail Chodorkowski|Khodorkovsky,Chodorkowski
# Heads of international organizations
P|?|Kirsty Coventry|ZWE||Kirsty Coventry|Kirsty Coventry
R|secretary_general|chronik:org-ioc|2025-06-23||President of the International Olympic Committee|IOC-Präsidentin
P|?|David Malpass|USA||David Malpass|Malpass
R|secretary_general|chronik:org-world-bank|2019-04-09|2023-06-02|President of the World Bank|Weltbank-Präsident
P|?|Ngozi Okonjo-Iweala|NGA||Ngozi Okonjo-Iweala|Okonjo-Iweala
R|secretary_general|chronik:org-wto|2021-03-01||Director-General of the World Trade Organization|WTO-Generaldirektorin
P|?|Philippe Lazzarini|CHE||Philippe Lazzarini|Lazzarini
R|secretary_general|chronik:org-unrwa|2020-03||Commissioner-General of UNRWA|UNRWA-Generalkommissar
P|?|Catherine Russell|USA||Catherine Russell|Catherine Russell
R|secretary_general|chronik:org-unicef|2022-02-01||Executive Director of UNICEF|UNICEF-Exekutivdirektorin
P|?|Tomoko Akane|JPN||Tomoko Akane|Akane
R|office|chronik:org-icc|2024-03-11||President of the International Criminal Court|Präsidentin des Internationalen Strafgerichtshofs
P|?|Philemon Yang|CMR||Philemon Yang|Philemon Yang
R|secretary_general|chronik:org-un-general-assembly|2024-09-10|2025-09-09|President of the United Nations General Assembly|Präsident der UN-Generalversammlung
P|?|Dennis Francis|TTO||Dennis Francis|Dennis Francis
R|secretary_general|chronik:org-un-general-assembly|2023-09-05|2024-09-10|President of the United Nations General Assembly|Präsident der UN-Generalversammlung
"""


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
                pid = "chronik:per-" + slug(name)
            last = name.split()[-1]
            # a regnal numeral ("Elizabeth II") is no surname: such names get no short form
            shorts = _split(short) if short else (
                [] if " " not in name or re.fullmatch(r"[IVXLC]+", last) else [last])
            cur = {"id": pid, "name": name, "type": "PER", "country": a3 or None,
                   "aliases": {"en": list(dict.fromkeys([name] + _split(en))),
                               "de": list(dict.fromkeys(_split(de) or [name]))},
                   "roles": [], "short": shorts, "gender": "f" if name in WOMEN else "m"}
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
    missing = WOMEN - {p["name"] for p in people}
    if missing:
        raise SystemExit(f"build_kb_data_people: WOMEN not in PEOPLE: {sorted(missing)}")
    return people


def build(state_ids: dict[str, str]) -> list[dict]:
    return parse()
