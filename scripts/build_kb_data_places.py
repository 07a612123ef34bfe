"""Regions, cities and sites that appear in conflict and politics news (facts, by the team).

PLACES: id | English name | alpha-3 | more English names | German names (comma-separated).
The last block lists large cities and places often in the news that are no capitals.
An empty id becomes chronik:place-<slug> (no Wikidata id checked).
"""

PLACES = """
|Kursk Oblast|RUS|Kursk,Kursk region|Region Kursk,Gebiet Kursk,Oblast Kursk,Kursk
|Belgorod Oblast|RUS|Belgorod,Belgorod region|Region Belgorod,Gebiet Belgorod,Belgorod
|Bryansk Oblast|RUS|Bryansk,Bryansk region|Region Brjansk,Gebiet Brjansk,Brjansk
|Kaliningrad|RUS|Kaliningrad Oblast|Kaliningrad,Königsberg
|Saint Petersburg|RUS|St. Petersburg,St Petersburg,Petersburg|Sankt Petersburg,St. Petersburg,Petersburg
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
|Ramallah|PSE||Ramallah
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
"""
