"""Regions, cities and sites that appear in conflict and politics news (facts, by the team).

PLACES: id | English name | alpha-3 | more English names | German names (comma-separated).
The last blocks list large cities and places often in the news that are no capitals, and
regions (German and Austrian Länder, US states, …) with their German names.
An empty id becomes chronik:place-<slug> (no Wikidata id checked).
"""

PLACES = """
|Kursk Oblast|RUS|Kursk,Kursk region|Region Kursk,Gebiet Kursk,Oblast Kursk,Kursk
|Belgorod Oblast|RUS|Belgorod,Belgorod region|Region Belgorod,Gebiet Belgorod,Belgorod
|Bryansk Oblast|RUS|Bryansk,Bryansk region|Region Brjansk,Gebiet Brjansk,Brjansk
|Kaliningrad|RUS|Kaliningrad Oblast|Kaliningrad,Königsberg
|Saint Petersburg|RUS|St. Petersburg,St Petersburg,Petersburg,Leningrad|Sankt Petersburg,St. Petersburg,Petersburg,Leningrad
|Vladivostok|RUS||Wladiwostok
|Chechnya|RUS|Chechen Republic|Tschetschenien
|Siberia|RUS||Sibirien
|Crimea|UKR|Crimean Peninsula|Krim,Halbinsel Krim
|Sevastopol|UKR|Sevastopol|Sewastopol
|Donbas|UKR|Donbass|Donbass,Donbas
|Donetsk Oblast|UKR|Donetsk region|Region Donezk,Gebiet Donezk,Oblast Donezk
|Donetsk|UKR||Donezk
|Luhansk Oblast|UKR|Luhansk region,Lugansk region|Region Luhansk,Gebiet Luhansk,Oblast Luhansk
|Luhansk|UKR|Lugansk|Luhansk,Lugansk
|Zaporizhzhia Oblast|UKR|Zaporizhzhia region,Zaporozhye region|Region Saporischschja,Gebiet Saporischschja
|Zaporizhzhia|UKR|Zaporizhia,Zaporozhye|Saporischschja,Saporoschje
|Zaporizhzhia Nuclear Power Plant|UKR|Zaporizhzhia nuclear plant|Atomkraftwerk Saporischschja,AKW Saporischschja
|Kherson Oblast|UKR|Kherson region|Region Cherson,Gebiet Cherson
|Kherson|UKR||Cherson
|Kharkiv|UKR|Kharkov|Charkiw,Charkow
|Kharkiv Oblast|UKR|Kharkiv region|Region Charkiw,Gebiet Charkiw
|Odesa|UKR|Odessa|Odessa
|Lviv|UKR|Lvov|Lwiw,Lemberg
|Dnipro|UKR|Dnipropetrovsk|Dnipro,Dnipropetrowsk
|Mariupol|UKR||Mariupol
|Bakhmut|UKR|Artemovsk|Bachmut
|Avdiivka|UKR|Avdiyivka|Awdijiwka
|Pokrovsk|UKR||Pokrowsk
|Sumy|UKR||Sumy
|Chernobyl|UKR|Chornobyl|Tschernobyl
|Gaza Strip|PSE|Gaza|Gazastreifen,Gaza
|Gaza City|PSE||Gaza-Stadt,Stadt Gaza
|Rafah|PSE||Rafah
|Khan Younis|PSE|Khan Yunis|Chan Junis,Khan Junis
|West Bank|PSE||Westjordanland,Westbank
|East Jerusalem|PSE||Ostjerusalem
|Golan Heights|SYR|Golan|Golanhöhen,Golan
|Tel Aviv|ISR||Tel Aviv
|Haifa|ISR||Haifa
|Aleppo|SYR||Aleppo
|Idlib|SYR||Idlib
|Mosul|IRQ||Mossul
|Hodeidah|YEM|Hudaydah|Hodeidah,Hudaida
|Red Sea|||Rotes Meer,Roten Meer,Roten Meeres
|Strait of Hormuz|||Straße von Hormus
|Black Sea|||Schwarzes Meer,Schwarzen Meer,Schwarzen Meeres
|Baltic Sea|||Ostsee
|South China Sea|||Südchinesisches Meer,Südchinesischen Meer
|Taiwan Strait|||Taiwanstraße,Straße von Taiwan
|Korean Peninsula|||koreanische Halbinsel,Koreanische Halbinsel,koreanischen Halbinsel
|Demilitarized Zone|KOR|DMZ,Korean Demilitarized Zone|Demilitarisierte Zone,entmilitarisierte Zone
|Panmunjom|KOR||Panmunjom
|Busan|KOR|Pusan|Busan
|Kashmir|IND||Kaschmir
|Xinjiang|CHN||Xinjiang
|Tibet|CHN||Tibet
|Nagorno-Karabakh|AZE|Karabakh|Bergkarabach,Berg-Karabach
|Transnistria|MDA||Transnistrien
|Darfur|SDN||Darfur
|Port Sudan|SDN||Port Sudan
|Tigray|ETH|Tigray Region|Tigray,Region Tigray
|Suez Canal|EGY||Suezkanal
|Panama Canal|PAN||Panamakanal
|Sahel|||Sahelzone,Sahel
|Middle East|||Nahost,Naher Osten,Nahen Osten
|New York City|USA|New York,NYC|New York
|Geneva|CHE||Genf
|Davos|CHE||Davos
|Strasbourg|FRA||Straßburg
|The Hague|NLD||Den Haag
|Munich|DEU||München
|Hamburg|DEU||Hamburg
|Frankfurt|DEU|Frankfurt am Main|Frankfurt,Frankfurt am Main
|Bonn|DEU||Bonn
|Istanbul|TUR||Istanbul
|Dubai|ARE||Dubai
|Jeddah|SAU||Dschidda
|Shanghai|CHN||Shanghai
|Hiroshima|JPN||Hiroshima
|Okinawa|JPN||Okinawa
|Anchorage|USA||Anchorage
|Alaska|USA||Alaska
|Mar-a-Lago|USA||Mar-a-Lago
|Camp David|USA||Camp David
|Lagos|NGA||Lagos
|Kano|NGA||Kano
|Maiduguri|NGA||Maiduguri
|Rio de Janeiro|BRA|Rio|Rio de Janeiro
|São Paulo|BRA|Sao Paulo|São Paulo,Sao Paulo
|Mumbai|IND|Bombay|Mumbai,Bombay
|Kolkata|IND|Calcutta|Kalkutta,Kolkata
|Chennai|IND|Madras|Chennai
|Bangalore|IND|Bengaluru|Bangalore,Bengaluru
|Delhi|IND||Delhi
|Srinagar|IND||Srinagar
|Karachi|PAK||Karatschi
|Lahore|PAK||Lahore
|Peshawar|PAK||Peschawar
|Quetta|PAK||Quetta
|Rawalpindi|PAK||Rawalpindi
|Chittagong|BGD|Chattogram|Chittagong
|Mecca|SAU|Makkah|Mekka
|Homs|SYR||Homs
|Raqqa|SYR|Raqqah|Rakka,Raqqa
|Deir ez-Zor|SYR|Deir ez-Zor,Deir al-Zor|Deir ez-Zor
|Latakia|SYR||Latakia
|Tartus|SYR||Tartus
|Basra|IRQ||Basra
|Erbil|IRQ|Arbil|Erbil
|Kirkuk|IRQ||Kirkuk
|Tabriz|IRN||Täbris
|Isfahan|IRN|Esfahan|Isfahan
|Mashhad|IRN||Maschhad
|Natanz|IRN||Natans
|Fordow|IRN|Fordo|Fordo,Fordow
|Benghazi|LBY||Bengasi
|Misrata|LBY|Misurata|Misrata
|Alexandria|EGY||Alexandria
|Aden|YEM||Aden
|Omdurman|SDN||Omdurman
|El Fasher|SDN|Al-Fashir|El Fasher,al-Faschir
|Goma|COD||Goma
|Mombasa|KEN||Mombasa
|Johannesburg|ZAF||Johannesburg
|Cape Town|ZAF||Kapstadt
|Timbuktu|MLI||Timbuktu
|Jenin|PSE||Dschenin
|Nablus|PSE||Nablus
|Hebron|PSE||Hebron
|Sderot|ISR||Sderot
|Kandahar|AFG||Kandahar
|Herat|AFG||Herat
|Sydney|AUS||Sydney
|Toronto|CAN||Toronto
|Los Angeles|USA||Los Angeles
|Chicago|USA||Chicago
|Guantanamo Bay|USA|Guantanamo|Guantánamo,Guantanamo
|Barcelona|ESP||Barcelona
|Cologne|DEU||Köln
|Milan|ITA||Mailand
|Naples|ITA||Neapel
|Venice|ITA||Venedig
|Marseille|FRA|Marseilles|Marseille
|Zurich|CHE|Zürich|Zürich
|Krakow|POL|Kraków,Cracow|Krakau
|Gdansk|POL|Gdańsk|Danzig
|Sochi|RUS||Sotschi
|Fukushima|JPN||Fukushima
|Nagasaki|JPN||Nagasaki
|Osaka|JPN||Osaka
|Incheon|KOR||Incheon
|Wuhan|CHN||Wuhan
|Shenzhen|CHN||Shenzhen
|Guangzhou|CHN|Canton|Guangzhou,Kanton
|Lhasa|CHN||Lhasa
|Yangon|MMR|Rangoon|Rangun,Yangon
|Ho Chi Minh City|VNM|Saigon|Ho-Chi-Minh-Stadt,Saigon
|Bali|IDN||Bali
|Beersheba|ISR|Beer Sheva,Be'er Sheva|Beerscheba,Be'er Scheva
|Ashkelon|ISR|Ashqelon|Aschkelon
|Eilat|ISR||Eilat
|Tyre|LBN||Tyros
|Sidon|LBN|Saida|Sidon,Saida
|Tikrit|IRQ||Tikrit
|Fallujah|IRQ|Falluja|Falludscha
|Marib|YEM||Marib
|Mykolaiv|UKR|Nikolaev|Mykolajiw,Nikolajew
|Kramatorsk|UKR||Kramatorsk
|Sloviansk|UKR|Slovyansk|Slowjansk
|Melitopol|UKR||Melitopol
|Chernihiv|UKR||Tschernihiw
|Kryvyi Rih|UKR|Krivoy Rog|Krywyj Rih
|Kupiansk|UKR|Kupyansk|Kupjansk
|Chasiv Yar|UKR||Tschassiw Jar
|Simferopol|UKR||Simferopol
|Novorossiysk|RUS||Noworossijsk
|Bavaria|DEU||Bayern,Freistaat Bayern
|Baden-Württemberg|DEU||Baden-Württemberg
|Berlin (state)|DEU|State of Berlin|Land Berlin
|Brandenburg|DEU||Brandenburg
|Bremen|DEU||Bremen
|Hesse|DEU||Hessen
|Lower Saxony|DEU||Niedersachsen
|Mecklenburg-Vorpommern|DEU|Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
|North Rhine-Westphalia|DEU||Nordrhein-Westfalen,NRW
|Rhineland-Palatinate|DEU||Rheinland-Pfalz
|Saarland|DEU||Saarland
|Saxony|DEU||Sachsen,Freistaat Sachsen
|Saxony-Anhalt|DEU||Sachsen-Anhalt
|Schleswig-Holstein|DEU||Schleswig-Holstein
|Thuringia|DEU||Thüringen
|Potsdam|DEU||Potsdam
|Karlsruhe|DEU||Karlsruhe
|Kiel|DEU||Kiel
|Schwerin|DEU||Schwerin
|Hanover|DEU|Hannover|Hannover
|Magdeburg|DEU||Magdeburg
|Düsseldorf|DEU|Dusseldorf|Düsseldorf
|Mainz|DEU||Mainz
|Wiesbaden|DEU||Wiesbaden
|Saarbrücken|DEU|Saarbrucken|Saarbrücken
|Stuttgart|DEU||Stuttgart
|Erfurt|DEU||Erfurt
|Dresden|DEU||Dresden
|Leipzig|DEU||Leipzig
|Nuremberg|DEU||Nürnberg
|Dortmund|DEU||Dortmund
|Rostock|DEU||Rostock
|Freiburg|DEU|Freiburg im Breisgau|Freiburg
|Tyrol|AUT||Tirol
|Carinthia|AUT||Kärnten
|Styria|AUT||Steiermark
|Vorarlberg|AUT||Vorarlberg
|Upper Austria|AUT||Oberösterreich
|Lower Austria|AUT||Niederösterreich
|Graz|AUT||Graz
|Linz|AUT||Linz
|Salzburg|AUT||Salzburg
|Innsbruck|AUT||Innsbruck
|Basel|CHE||Basel
|Lausanne|CHE||Lausanne
|Lugano|CHE||Lugano
|Rotterdam|NLD||Rotterdam
|Antwerp|BEL|Antwerpen|Antwerpen
|Lyon|FRA||Lyon
|Turin|ITA|Torino|Turin
|Florence|ITA|Firenze|Florenz
|Seville|ESP|Sevilla|Sevilla
|Valencia|ESP||Valencia
|Porto|PRT||Porto
|Gothenburg|SWE|Göteborg|Göteborg
|Wroclaw|POL|Wrocław|Breslau
|Poznan|POL|Poznań|Posen
|Brno|CZE||Brünn
|Cluj-Napoca|ROU|Cluj|Klausenburg
|Scotland|GBR||Schottland
|Wales|GBR||Wales
|Northern Ireland|GBR||Nordirland
|Catalonia|ESP|Catalunya|Katalonien
|Basque Country|ESP||Baskenland
|Andalusia|ESP||Andalusien
|Sicily|ITA||Sizilien
|Sardinia|ITA||Sardinien
|Lombardy|ITA||Lombardei
|South Tyrol|ITA||Südtirol
|Corsica|FRA||Korsika
|Brittany|FRA||Bretagne
|Alsace|FRA||Elsass
|Quebec|CAN|Québec|Quebec
|Ontario|CAN||Ontario
|Alberta|CAN||Alberta
|British Columbia|CAN||British Columbia,Britisch-Kolumbien
|Kurdistan Region|IRQ|Iraqi Kurdistan|Kurdistan,Irakisch-Kurdistan
|Dagestan|RUS||Dagestan
|Alabama|USA|Ala.|Alabama
|Arizona|USA|Ariz.|Arizona
|Arkansas|USA||Arkansas
|California|USA|Calif.|Kalifornien
|Colorado|USA|Colo.|Colorado
|Connecticut|USA|Conn.|Connecticut
|Delaware|USA||Delaware
|Florida|USA|Fla.|Florida
|Hawaii|USA||Hawaii
|Idaho|USA||Idaho
|Illinois|USA||Illinois
|Iowa|USA||Iowa
|Kansas|USA||Kansas
|Kentucky|USA|Ky.|Kentucky
|Louisiana|USA||Louisiana
|Maine|USA||Maine
|Maryland|USA|Md.|Maryland
|Massachusetts|USA||Massachusetts
|Michigan|USA|Mich.|Michigan
|Minnesota|USA|Minn.|Minnesota
|Mississippi|USA||Mississippi
|Missouri|USA||Missouri
|Montana|USA||Montana
|Nebraska|USA|Neb.|Nebraska
|Nevada|USA|Nev.|Nevada
|New Hampshire|USA|N.H.|New Hampshire
|New Jersey|USA|N.J.|New Jersey
|New Mexico|USA|N.M.|New Mexico
|North Carolina|USA|N.C.|North Carolina
|North Dakota|USA|N.D.|North Dakota
|Ohio|USA||Ohio
|Oklahoma|USA|Okla.|Oklahoma
|Oregon|USA||Oregon
|Pennsylvania|USA||Pennsylvania
|Rhode Island|USA|R.I.|Rhode Island
|South Carolina|USA|S.C.|South Carolina
|South Dakota|USA|S.D.|South Dakota
|Tennessee|USA|Tenn.|Tennessee
|Texas|USA||Texas
|Utah|USA||Utah
|Vermont|USA|Vt.|Vermont
|West Virginia|USA|W.Va.|West Virginia
|Wisconsin|USA|Wis.|Wisconsin
|Wyoming|USA|Wyo.|Wyoming
|Boston|USA||Boston
|San Francisco|USA||San Francisco
|Seattle|USA||Seattle
|Houston|USA||Houston
|Dallas|USA||Dallas
|Miami|USA||Miami
|Atlanta|USA||Atlanta
|Philadelphia|USA||Philadelphia
|Detroit|USA||Detroit
|Minneapolis|USA||Minneapolis
|Denver|USA||Denver
|Phoenix|USA||Phoenix
|Las Vegas|USA||Las Vegas
|New Orleans|USA||New Orleans
|Baltimore|USA||Baltimore
|Pittsburgh|USA||Pittsburgh
|San Diego|USA||San Diego
|Montreal|CAN|Montréal|Montreal
|Vancouver|CAN||Vancouver
|Melbourne|AUS||Melbourne
|Brisbane|AUS||Brisbane
|Perth|AUS||Perth
|Auckland|NZL||Auckland
|Manchester|GBR||Manchester
|Liverpool|GBR||Liverpool
|Birmingham|GBR||Birmingham
|Glasgow|GBR||Glasgow
|Edinburgh|GBR||Edinburgh
|Belfast|GBR||Belfast
|Nice|FRA||Nizza
|Bordeaux|FRA||Bordeaux
|Toulouse|FRA||Toulouse
|Lille|FRA||Lille
|Nantes|FRA||Nantes
|Bologna|ITA||Bologna
|Genoa|ITA|Genova|Genua
|Palermo|ITA||Palermo
|Bilbao|ESP||Bilbao
|Málaga|ESP|Malaga|Málaga,Malaga
|Almaty|KAZ||Almaty
|Novosibirsk|RUS||Nowosibirsk
|Yekaterinburg|RUS|Ekaterinburg|Jekaterinburg
|Kazan|RUS||Kasan
|Grozny|RUS||Grosny
|Batumi|GEO||Batumi
|Antalya|TUR||Antalya
|Izmir|TUR|İzmir|Izmir
|Giza|EGY||Gizeh
|Casablanca|MAR||Casablanca
|Durban|ZAF||Durban
|Colombo|LKA||Colombo
|Surabaya|IDN||Surabaya
|Kyoto|JPN||Kyoto
|Medellín|COL|Medellin|Medellín
|Guadalajara|MEX||Guadalajara
|Tijuana|MEX||Tijuana
|Europe|||Europa
|Africa|||Afrika
|Asia|||Asien
|North America|||Nordamerika
|South America|||Südamerika
|Latin America|||Lateinamerika
|Central America|||Mittelamerika,Zentralamerika
|Caribbean||the Caribbean|Karibik
|Eastern Europe|||Osteuropa
|Western Europe|||Westeuropa
|Central Europe|||Mitteleuropa
|Southeast Asia|||Südostasien
|East Asia|||Ostasien
|South Asia|||Südasien
|Central Asia|||Zentralasien
|East Africa|||Ostafrika
|West Africa|||Westafrika
|North Africa|||Nordafrika
|Horn of Africa|||Horn von Afrika
|Sub-Saharan Africa||sub-Saharan Africa|Subsahara-Afrika
|Far East|||Ferner Osten,Fernen Osten
|Balkans||Balkan Peninsula|Balkan,Balkanhalbinsel
|Caucasus|||Kaukasus
|Scandinavia|||Skandinavien
|Baltic states||Baltics|Baltikum,baltische Staaten,baltischen Staaten
|Arabian Peninsula|||Arabische Halbinsel,Arabischen Halbinsel
|Persian Gulf||Gulf region|Persischer Golf,Persischen Golf,Persischen Golfs,Golfregion
|Mediterranean||Mediterranean Sea|Mittelmeer,Mittelmeerraum
|Atlantic Ocean|||Atlantik,Atlantischer Ozean
|Pacific Ocean|||Pazifik,Pazifischer Ozean
|Indian Ocean|||Indischer Ozean,Indischen Ozean
|Arctic|||Arktis
|Wall Street|USA||Wall Street,Wallstreet
|Capitol Hill|USA||Capitol Hill
|United States Capitol|USA|U.S. Capitol,US Capitol,Capitol|Kapitol,US-Kapitol
|Dar es Salaam|TZA|Dar-es-Salaam|Daressalam,Dar es Salaam
|Arusha|TZA||Arusha
|Zanzibar|TZA||Sansibar
|Kisumu|KEN||Kisumu
|Indiana|USA|Ind.|Indiana
|Buffalo|USA||Buffalo
|Newark|USA||Newark
|Cleveland|USA||Cleveland
|St. Louis|USA|Saint Louis,St Louis|St. Louis
|Kansas City|USA||Kansas City
|Cincinnati|USA||Cincinnati
|Indianapolis|USA||Indianapolis
|Milwaukee|USA||Milwaukee
|Nashville|USA||Nashville
|Memphis|USA||Memphis
|Sacramento|USA||Sacramento
|Portland|USA||Portland
|Tampa|USA||Tampa
|San Antonio|USA||San Antonio
|San Jose|USA||San Jose
|Oakland|USA||Oakland
|Honolulu|USA||Honolulu
|Salt Lake City|USA||Salt Lake City
|Oklahoma City|USA||Oklahoma City
|Waco|USA||Waco
|New York State|USA|New York state,N.Y.|Bundesstaat New York,Staat New York
|Walt Disney World|USA|Disney World|Walt Disney World,Disney World
|Yokohama|JPN||Yokohama
|Tianjin|CHN|Tientsin|Tianjin
|Chongqing|CHN|Chungking|Chongqing
|Nanjing|CHN|Nanking|Nanjing,Nanking
|Hangzhou|CHN||Hangzhou
|Srebrenica|BIH||Srebrenica
|Mostar|BIH||Mostar
|Banja Luka|BIH||Banja Luka
|Tuzla|BIH||Tuzla
|Goražde|BIH|Gorazde|Goražde,Gorazde
|Vukovar|HRV||Vukovar
|Dubrovnik|HRV||Dubrovnik
|Lockerbie|GBR||Lockerbie
|Bethlehem|PSE||Bethlehem
|Jericho|PSE||Jericho
|Karbala|IRQ|Kerbala|Kerbela,Karbala
|Najaf|IRQ||Nadschaf
|Mazar-i-Sharif|AFG|Mazar-e Sharif|Masar-i-Scharif
|Jalalabad|AFG||Dschalalabad
|Anlong Veng|KHM||Anlong Veng
|Siem Reap|KHM||Siem Reap
|Battambang|KHM||Battambang
"""
