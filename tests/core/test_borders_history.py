"""Who held a place on a date: checks written from the historical record.

Each row is (place, lon, lat, date, controller[, status]). The places are town
centres (GeoNames-level coordinates); a few sit within the stated precision
of an authored line and are left out on purpose (Przemyśl, Ostrołęka,
Terespol, Fiume, Sokal and Drohiczyn on the Bug; Český Těšín/Cieszyn sits on the Olza itself).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.core.borders import load_borders

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def borders():
    return load_borders()


# fmt: off
PLACES = {
    "Warsaw": (21.01, 52.23), "Kraków": (19.94, 50.06), "Łódź": (19.46, 51.76),
    "Poznań": (16.93, 52.41), "Gdańsk": (18.65, 54.35), "Gdynia": (18.53, 54.52),
    "Bydgoszcz": (18.00, 53.12), "Toruń": (18.60, 53.01), "Katowice": (19.02, 50.26),
    "Częstochowa": (19.12, 50.81), "Lublin": (22.57, 51.25), "Białystok": (23.16, 53.13),
    "Brest": (23.69, 52.09), "Lwów": (24.03, 49.84), "Jarosław": (22.68, 50.02),
    "Ustrzyki Dolne": (22.59, 49.43), "Krosno": (21.77, 49.69), "Rzeszów": (22.00, 50.04),
    "Sambor": (23.20, 49.52), "Drohobych": (23.50, 49.35), "Tarnopol": (25.59, 49.55),
    "Stanisławów": (24.71, 48.92), "Łuck": (25.33, 50.75), "Równe": (26.25, 50.62),
    "Pińsk": (26.10, 52.12), "Grodno": (23.83, 53.68), "Lida": (25.30, 53.89),
    "Baranowicze": (26.00, 53.13), "Nowogródek": (25.82, 53.60), "Vilnius": (25.28, 54.69),
    "Chełm": (23.47, 51.14), "Zamość": (23.25, 50.72), "Hrubieszów": (23.89, 50.81),
    "Biała Podlaska": (23.13, 52.03), "Siedlce": (22.27, 52.17), "Łomża": (22.07, 53.18),
    "Augustów": (22.98, 53.84), "Suwałki": (22.93, 54.10), "Kolno": (21.93, 53.41),
    "Ostrów Mazowiecka": (21.89, 52.80), "Zambrów": (22.25, 52.99), "Radom": (21.15, 51.40),
    "Kielce": (20.63, 50.87), "Płock": (19.70, 52.55), "Ciechanów": (20.62, 52.88),
    "Kaunas": (23.90, 54.90), "Klaipėda": (21.13, 55.71), "Šiauliai": (23.32, 55.93),
    "Marijampolė": (23.35, 54.56), "Švenčionys": (26.16, 55.13), "Druskininkai": (23.97, 54.02),
    "Riga": (24.11, 56.95), "Daugavpils": (26.53, 55.88), "Tallinn": (24.75, 59.44),
    "Tartu": (26.72, 58.38), "Pechory": (27.61, 57.81), "Ivangorod": (28.21, 59.37),
    "Pytalovo": (27.92, 57.07), "Pskov": (28.33, 57.82), "Helsinki": (24.94, 60.17),
    "Vyborg": (28.75, 60.71), "Sortavala": (30.69, 61.70), "Terijoki": (29.73, 60.21),
    "Suojärvi": (32.37, 62.08), "Pechenga": (31.20, 69.55), "Hanko": (22.95, 59.83),
    "Leningrad": (30.32, 59.94), "Petrozavodsk": (34.35, 61.79), "Minsk": (27.56, 53.90),
    "Polotsk": (28.80, 55.49), "Kiev": (30.52, 50.45), "Moscow": (37.62, 55.75),
    "Chişinău": (28.86, 47.01), "Chernivtsi": (25.94, 48.29), "Bilhorod": (30.35, 46.19),
    "Tiraspol": (29.63, 46.84), "Izmail": (28.84, 45.35), "Khotyn": (26.49, 48.51),
    "Bucharest": (26.10, 44.43), "Iaşi": (27.59, 47.16), "Cluj": (23.60, 46.77),
    "Oradea": (21.92, 47.05), "Braşov": (25.60, 45.65), "Târgu Mureş": (24.56, 46.54),
    "Dobrich": (27.83, 43.57), "Varna": (27.91, 43.21), "Prague": (14.42, 50.08),
    "Karlovy Vary": (12.87, 50.23), "Liberec": (15.06, 50.77), "Brno": (16.61, 49.20),
    "Ostrava": (18.29, 49.83), "Karviná": (18.54, 49.86), "Bratislava": (17.11, 48.15),
    "Košice": (21.26, 48.72), "Uzhhorod": (22.29, 48.62), "Khust": (23.29, 48.17),
    "Vienna": (16.37, 48.21), "Salzburg": (13.05, 47.80), "Saarbrücken": (6.99, 49.23),
    "Cologne": (6.96, 50.94), "Berlin": (13.40, 52.52), "Königsberg": (20.51, 54.71),
    "Olsztyn": (20.49, 53.78), "Wrocław": (17.04, 51.11), "Szczecin": (14.55, 53.43),
    "Gliwice": (18.67, 50.29), "Chorzów": (18.95, 50.30), "Copenhagen": (12.52, 55.69),
    "Oslo": (10.75, 59.91), "Narvik": (17.60, 68.40), "Amsterdam": (4.90, 52.37),
    "Brussels": (4.35, 50.85), "Luxembourg": (6.13, 49.61), "Paris": (2.35, 48.86),
    "Vichy": (3.43, 46.13), "Bordeaux": (-0.58, 44.84), "Lyon": (4.83, 45.76),
    "Strasbourg": (7.75, 48.58), "Tours": (0.69, 47.39), "Marseille": (5.37, 43.30),
    "Athens": (23.73, 37.98), "Belgrade": (20.46, 44.82), "Zagreb": (15.98, 45.81),
    "Tirana": (19.82, 41.33), "Rhodes": (28.22, 36.43), "Pula": (13.85, 44.87),
    "Trieste": (13.78, 45.65), "Istanbul": (28.98, 41.01), "Sofia": (23.32, 42.70),
    "Budapest": (19.04, 47.50), "Reykjavík": (-21.94, 64.15), "Dublin": (-6.26, 53.35),
    "London": (-0.13, 51.51), "Rome": (12.50, 41.90), "Madrid": (-3.70, 40.42),
    "Stockholm": (18.07, 59.33), "Smolensk": (32.05, 54.78), "Odesa": (30.73, 46.48),
    "Kalinin": (35.90, 56.86), "Rostov": (39.72, 47.23), "Kharkiv": (36.23, 49.99),
    "Sevastopol": (33.52, 44.60), "Simferopol": (34.10, 44.95), "Tikhvin": (33.60, 59.64),
    "Novgorod": (31.28, 58.52), "Chojnice": (17.56, 53.70), "Człuchów": (17.36, 53.67),
    "Tczew": (18.78, 54.09), "Malbork": (19.03, 54.04), "Kwidzyn": (18.93, 53.73),
    "Grudziądz": (18.75, 53.48), "Działdowo": (20.18, 53.24), "Nidzica": (20.43, 53.36),
    "Leszno": (16.58, 51.84), "Wschowa": (16.32, 51.80), "Kępno": (17.99, 51.28),
    "Racibórz": (18.22, 50.09), "Rybnik": (18.54, 50.10), "Lębork": (17.75, 54.54),
    "Wejherowo": (18.24, 54.60), "Piła": (16.74, 53.15), "Ełk": (22.36, 53.83),
    "Grajewo": (22.45, 53.65), "Ciechanowiec": (22.50, 52.68), "Sokołów Podlaski": (22.25, 52.41),
    "Lubaczów": (23.12, 50.16), "Sanok": (22.20, 49.56), "Tauragė": (22.28, 55.25),
    "Šilutė": (21.48, 55.35), "Trakai": (24.93, 54.64), "Molėtai": (25.42, 55.23),
    "Hlybokaye": (27.69, 55.14), "Stowbtsy": (26.74, 53.48), "Slutsk": (27.55, 53.02),
    "Korets": (27.16, 50.62), "Shepetivka": (27.06, 50.18), "Kamianets-Podilskyi": (26.58, 48.68),
    "Ljubljana": (14.51, 46.06), "Maribor": (15.65, 46.55), "Novi Sad": (19.83, 45.28),
    "Thessaloniki": (22.94, 40.64), "Drama": (24.15, 41.15), "Larissa": (22.42, 39.64),
    "Tripoli": (22.37, 37.51), "Heraklion": (25.13, 35.33), "Skopje": (21.43, 42.00),
    "Tetovo": (20.97, 42.01),
    "Opole": (17.93, 50.67), "Essen": (7.01, 51.46), "Rijeka": (14.41, 45.34),
    "Izmir": (27.14, 38.42), "Edirne": (26.56, 41.68),
    "Salmi": (31.87, 61.37), "Pitkäranta": (31.58, 61.57),
    "Sestroretsk": (29.97, 60.08), "Kingisepp": (28.60, 59.37), "Damascus": (36.29, 33.51), "Algiers": (3.06, 36.75),
}

CHECKS = [
    # -- the interwar baseline ------------------------------------------------
    ("Warsaw", "1925-06-01", "Poland"), ("Vilnius", "1925-06-01", "Poland"),
    ("Lwów", "1930-01-01", "Poland"), ("Grodno", "1930-01-01", "Poland"),
    ("Równe", "1930-01-01", "Poland"), ("Pińsk", "1930-01-01", "Poland"),
    ("Baranowicze", "1930-01-01", "Poland"), ("Minsk", "1930-01-01", "Soviet Union"),
    ("Polotsk", "1930-01-01", "Soviet Union"), ("Kiev", "1930-01-01", "Soviet Union"),
    ("Moscow", "1930-01-01", "Soviet Union"), ("Leningrad", "1930-01-01", "Soviet Union"),
    ("Gdańsk", "1930-01-01", "Free City of Danzig", "free city"),
    ("Gdynia", "1930-01-01", "Poland"), ("Bydgoszcz", "1930-01-01", "Poland"),
    ("Katowice", "1930-01-01", "Poland"), ("Chorzów", "1930-01-01", "Poland"),
    ("Gliwice", "1930-01-01", "Germany"), ("Wrocław", "1930-01-01", "Germany"),
    ("Szczecin", "1930-01-01", "Germany"), ("Königsberg", "1930-01-01", "Germany"),
    ("Olsztyn", "1930-01-01", "Germany"), ("Suwałki", "1930-01-01", "Poland"),
    ("Kaunas", "1930-01-01", "Lithuania"), ("Šiauliai", "1930-01-01", "Lithuania"),
    ("Klaipėda", "1930-01-01", "Lithuania"), ("Druskininkai", "1930-01-01", "Poland"),
    ("Švenčionys", "1930-01-01", "Poland"), ("Riga", "1930-01-01", "Latvia"),
    ("Daugavpils", "1930-01-01", "Latvia"), ("Pytalovo", "1930-01-01", "Latvia"),
    ("Tallinn", "1930-01-01", "Estonia"), ("Pechory", "1930-01-01", "Estonia"),
    ("Ivangorod", "1930-01-01", "Estonia"), ("Pskov", "1930-01-01", "Soviet Union"),
    ("Helsinki", "1930-01-01", "Finland"), ("Vyborg", "1930-01-01", "Finland"),
    ("Sortavala", "1930-01-01", "Finland"), ("Terijoki", "1930-01-01", "Finland"),
    ("Suojärvi", "1930-01-01", "Finland"), ("Pechenga", "1930-01-01", "Finland"),
    ("Petrozavodsk", "1930-01-01", "Soviet Union"),
    ("Chişinău", "1930-01-01", "Romania"), ("Chernivtsi", "1930-01-01", "Romania"),
    ("Khotyn", "1930-01-01", "Romania"), ("Izmail", "1930-01-01", "Romania"),
    ("Bilhorod", "1930-01-01", "Romania"), ("Tiraspol", "1930-01-01", "Soviet Union"),
    ("Cluj", "1930-01-01", "Romania"), ("Dobrich", "1930-01-01", "Romania"),
    ("Varna", "1930-01-01", "Bulgaria"), ("Prague", "1930-01-01", "Czechoslovakia"),
    ("Uzhhorod", "1930-01-01", "Czechoslovakia"), ("Bratislava", "1930-01-01", "Czechoslovakia"),
    ("Vienna", "1930-01-01", "Austria"), ("Budapest", "1930-01-01", "Hungary"),
    ("Saarbrücken", "1930-01-01", "League of Nations", "mandate"),
    ("Saarbrücken", "1935-03-02", "Germany"),
    ("Cologne", "1930-01-01", "Germany", "demilitarised zone"),
    ("Cologne", "1936-03-08", "Germany", "sovereign"),
    ("Trieste", "1930-01-01", "Italy"), ("Pula", "1930-01-01", "Italy"),
    ("Rhodes", "1930-01-01", "Italy"), ("Belgrade", "1930-01-01", "Yugoslavia"),
    ("Zagreb", "1930-01-01", "Yugoslavia"), ("Tirana", "1930-01-01", "Albania"),
    ("Athens", "1930-01-01", "Greece"), ("Istanbul", "1930-01-01", "Turkey"),
    ("Sofia", "1930-01-01", "Bulgaria"), ("Dublin", "1930-01-01", "Ireland"),
    ("London", "1930-01-01", "United Kingdom"), ("Madrid", "1930-01-01", "Spain"),
    ("Rome", "1930-01-01", "Italy"), ("Stockholm", "1930-01-01", "Sweden"),
    ("Damascus", "1930-01-01", "France", "mandate"), ("Algiers", "1930-01-01", "France"),
    ("Reykjavík", "1930-01-01", "Iceland"),
    # 1922-1925
    ("Vilnius", "1922-02-01", "Central Lithuania", "puppet"), ("Vilnius", "1922-04-01", "Poland"),
    ("Katowice", "1922-03-01", "France", "plebiscite"), ("Katowice", "1922-07-01", "Poland"),
    ("Opole", "1922-03-01", "France", "plebiscite"), ("Opole", "1922-07-01", "Germany"),
    ("Essen", "1922-06-01", "Germany"), ("Essen", "1924-01-01", "France", "occupied"),
    ("Essen", "1926-01-01", "Germany"), ("Rijeka", "1923-01-01", "Free State of Fiume"),
    ("Rijeka", "1925-01-01", "Italy"), ("Izmir", "1922-06-01", "Greece"),
    ("Izmir", "1922-10-01", "Turkey"), ("Edirne", "1922-06-01", "Greece"),
    ("Edirne", "1923-01-01", "Turkey"), ("Istanbul", "1923-01-01", "United Kingdom"),
    ("Istanbul", "1924-01-01", "Turkey"),
    # lines of the 1920s, town by town
    ("Chojnice", "1930-01-01", "Poland"), ("Człuchów", "1930-01-01", "Germany"),
    ("Tczew", "1930-01-01", "Poland"), ("Malbork", "1930-01-01", "Germany"),
    ("Kwidzyn", "1930-01-01", "Germany"), ("Grudziądz", "1930-01-01", "Poland"),
    ("Działdowo", "1930-01-01", "Poland"), ("Nidzica", "1930-01-01", "Germany"),
    ("Leszno", "1930-01-01", "Poland"), ("Wschowa", "1930-01-01", "Germany"),
    ("Kępno", "1930-01-01", "Poland"), ("Racibórz", "1930-01-01", "Germany"),
    ("Rybnik", "1930-01-01", "Poland"), ("Lębork", "1930-01-01", "Germany"),
    ("Wejherowo", "1930-01-01", "Poland"), ("Piła", "1930-01-01", "Germany"),
    ("Ełk", "1930-01-01", "Germany"), ("Grajewo", "1930-01-01", "Poland"),
    ("Tauragė", "1930-01-01", "Lithuania"), ("Šilutė", "1930-01-01", "Lithuania"),
    ("Trakai", "1930-01-01", "Poland"), ("Molėtai", "1930-01-01", "Lithuania"),
    ("Hlybokaye", "1930-01-01", "Poland"), ("Stowbtsy", "1930-01-01", "Poland"),
    ("Slutsk", "1930-01-01", "Soviet Union"), ("Korets", "1930-01-01", "Poland"),
    ("Shepetivka", "1930-01-01", "Soviet Union"), ("Kamianets-Podilskyi", "1930-01-01", "Soviet Union"),
    ("Sestroretsk", "1930-01-01", "Soviet Union"), ("Kingisepp", "1930-01-01", "Soviet Union"),
    # Memel
    ("Klaipėda", "1922-06-01", "France", "mandate"),
    ("Klaipėda", "1939-03-22", "Lithuania"), ("Klaipėda", "1939-03-24", "Germany", "annexed"),
    # -- 1938 ----------------------------------------------------------------
    ("Vienna", "1938-03-11", "Austria"), ("Vienna", "1938-03-14", "Germany", "annexed"),
    ("Salzburg", "1938-04-01", "Germany"),
    ("Karlovy Vary", "1938-09-30", "Czechoslovakia"), ("Karlovy Vary", "1938-10-15", "Germany"),
    ("Liberec", "1938-10-15", "Germany"), ("Prague", "1938-10-15", "Czechoslovakia"),
    ("Brno", "1938-12-01", "Czechoslovakia"), ("Ostrava", "1938-12-01", "Czechoslovakia"),
    ("Karviná", "1938-09-30", "Czechoslovakia"), ("Karviná", "1938-11-01", "Poland"),
    ("Košice", "1938-12-01", "Hungary"), ("Uzhhorod", "1938-12-01", "Hungary"),
    ("Khust", "1939-01-01", "Czechoslovakia"), ("Bratislava", "1939-01-01", "Czechoslovakia"),
    # -- March 1939 -----------------------------------------------------------
    ("Prague", "1939-03-16", "Germany", "occupied"), ("Brno", "1939-04-01", "Germany"),
    ("Ostrava", "1939-04-01", "Germany"), ("Bratislava", "1939-03-20", "Slovakia", "puppet"),
    ("Khust", "1939-04-01", "Hungary"), ("Tirana", "1939-04-10", "Italy"),
    # -- Poland 1939 -----------------------------------------------------------
    ("Gdańsk", "1939-08-31", "Free City of Danzig"), ("Gdańsk", "1939-09-02", "Germany"),
    ("Warsaw", "1939-08-31", "Poland"), ("Kraków", "1939-09-03", "Poland"),
    ("Bydgoszcz", "1939-09-10", "Germany"), ("Kraków", "1939-09-10", "Germany"),
    ("Kielce", "1939-09-10", "Germany"), ("Ciechanów", "1939-09-10", "Germany"),
    ("Lublin", "1939-09-10", "Poland"), ("Lwów", "1939-09-10", "Poland"),
    ("Brest", "1939-09-10", "Poland"), ("Brest", "1939-09-16", "Germany"),
    ("Brest", "1939-09-23", "Soviet Union"), ("Białystok", "1939-09-10", "Poland"),
    ("Białystok", "1939-09-17", "Germany"), ("Białystok", "1939-09-25", "Soviet Union"),
    ("Lwów", "1939-09-20", "Poland"), ("Lwów", "1939-09-25", "Soviet Union"),
    ("Równe", "1939-09-20", "Soviet Union"), ("Tarnopol", "1939-09-20", "Soviet Union"),
    ("Vilnius", "1939-09-10", "Poland"), ("Vilnius", "1939-09-20", "Soviet Union"),
    ("Grodno", "1939-09-25", "Soviet Union"), ("Pińsk", "1939-09-25", "Soviet Union"),
    ("Warsaw", "1939-09-20", "Poland"), ("Warsaw", "1939-10-05", "Germany"),
    ("Gdynia", "1939-09-20", "Germany"), ("Poznań", "1939-09-20", "Germany"),
    ("Vilnius", "1939-10-15", "Soviet Union"), ("Vilnius", "1939-10-30", "Lithuania"),
    ("Švenčionys", "1939-11-15", "Soviet Union"), ("Druskininkai", "1939-11-15", "Soviet Union"),
    ("Kraków", "1939-11-01", "Germany", "occupied"), ("Warsaw", "1939-11-01", "Germany", "occupied"),
    ("Lublin", "1939-11-01", "Germany", "occupied"), ("Chełm", "1939-11-01", "Germany"),
    ("Zamość", "1939-11-01", "Germany"), ("Hrubieszów", "1939-11-01", "Germany"),
    ("Biała Podlaska", "1939-11-01", "Germany"), ("Siedlce", "1939-11-01", "Germany"),
    ("Częstochowa", "1939-11-01", "Germany", "occupied"), ("Radom", "1939-11-01", "Germany"),
    ("Ostrów Mazowiecka", "1939-11-01", "Germany"), ("Jarosław", "1939-11-01", "Germany"),
    ("Krosno", "1939-11-01", "Germany"), ("Rzeszów", "1939-11-01", "Germany"),
    ("Łódź", "1939-11-01", "Germany", "annexed"), ("Poznań", "1939-11-01", "Germany", "annexed"),
    ("Bydgoszcz", "1939-11-01", "Germany", "annexed"), ("Katowice", "1939-11-01", "Germany", "annexed"),
    ("Płock", "1939-11-01", "Germany", "annexed"), ("Ciechanów", "1939-11-01", "Germany", "annexed"),
    ("Suwałki", "1939-11-01", "Germany", "annexed"), ("Karviná", "1939-11-01", "Germany"),
    ("Łomża", "1939-11-01", "Soviet Union"), ("Augustów", "1939-11-01", "Soviet Union"),
    ("Kolno", "1939-11-01", "Soviet Union"), ("Zambrów", "1939-11-01", "Soviet Union"),
    ("Ciechanowiec", "1940-01-01", "Soviet Union"), ("Sokołów Podlaski", "1940-01-01", "Germany"),
    ("Lubaczów", "1940-01-01", "Soviet Union"), ("Malbork", "1939-11-01", "Germany", "sovereign"),
    ("Chojnice", "1939-11-01", "Germany", "annexed"), ("Grudziądz", "1939-11-01", "Germany"),
    ("Białystok", "1939-12-01", "Soviet Union", "annexed"), ("Brest", "1940-01-01", "Soviet Union"),
    ("Lwów", "1940-01-01", "Soviet Union", "annexed"), ("Ustrzyki Dolne", "1940-01-01", "Soviet Union"),
    ("Sambor", "1940-01-01", "Soviet Union"), ("Drohobych", "1940-01-01", "Soviet Union"),
    ("Stanisławów", "1940-01-01", "Soviet Union"), ("Łuck", "1940-01-01", "Soviet Union"),
    ("Lida", "1940-01-01", "Soviet Union"), ("Nowogródek", "1940-01-01", "Soviet Union"),
    # -- Winter War and Moscow Peace -------------------------------------------
    ("Salmi", "1939-11-20", "Finland"), ("Salmi", "1940-01-15", "Soviet Union", "occupied"),
    ("Suojärvi", "1940-01-15", "Soviet Union"), ("Sortavala", "1940-01-15", "Finland"),
    ("Vyborg", "1940-03-12", "Finland"), ("Vyborg", "1940-03-13", "Soviet Union", "annexed"),
    ("Sortavala", "1940-04-01", "Soviet Union"), ("Terijoki", "1939-12-20", "Soviet Union"),
    ("Pechenga", "1939-12-20", "Soviet Union", "occupied"), ("Pechenga", "1940-06-01", "Finland"),
    ("Hanko", "1939-06-01", "Finland"), ("Hanko", "1940-04-01", "Soviet Union", "lease"),
    ("Hanko", "1941-12-10", "Finland"), ("Helsinki", "1940-04-01", "Finland"),
    # -- 1940 in the east -------------------------------------------------------
    ("Kaunas", "1940-06-14", "Lithuania"), ("Kaunas", "1940-06-20", "Soviet Union", "occupied"),
    ("Kaunas", "1940-08-10", "Soviet Union", "annexed"), ("Vilnius", "1940-06-10", "Lithuania"),
    ("Vilnius", "1940-08-10", "Soviet Union"), ("Riga", "1940-06-16", "Latvia"),
    ("Riga", "1940-06-20", "Soviet Union", "occupied"), ("Riga", "1940-08-10", "Soviet Union", "annexed"),
    ("Tallinn", "1940-06-16", "Estonia"), ("Tallinn", "1940-07-01", "Soviet Union"),
    ("Tartu", "1940-08-10", "Soviet Union"), ("Pechory", "1940-08-10", "Soviet Union"),
    ("Chişinău", "1940-06-27", "Romania"), ("Chişinău", "1940-07-01", "Soviet Union"),
    ("Chernivtsi", "1940-07-01", "Soviet Union"), ("Bilhorod", "1940-08-10", "Soviet Union"),
    ("Izmail", "1940-08-10", "Soviet Union"), ("Iaşi", "1940-08-10", "Romania"),
    ("Cluj", "1940-08-31", "Romania"), ("Cluj", "1940-10-01", "Hungary"),
    ("Oradea", "1940-10-01", "Hungary"), ("Târgu Mureş", "1940-10-01", "Hungary"),
    ("Braşov", "1940-10-01", "Romania"), ("Dobrich", "1940-09-01", "Romania"),
    ("Dobrich", "1940-10-01", "Bulgaria"), ("Varna", "1940-10-01", "Bulgaria"),
    # -- 1940 in the west -----------------------------------------------------
    ("Copenhagen", "1940-04-08", "Denmark"), ("Copenhagen", "1940-04-10", "Germany"),
    ("Oslo", "1940-04-10", "Germany"), ("Narvik", "1940-05-01", "Norway"),
    ("Narvik", "1940-07-01", "Germany"), ("Reykjavík", "1940-06-01", "United Kingdom"),
    ("Luxembourg", "1940-05-11", "Germany"), ("Amsterdam", "1940-05-09", "Netherlands"),
    ("Amsterdam", "1940-05-20", "Germany"), ("Brussels", "1940-05-20", "Germany"),
    ("Paris", "1940-06-01", "France"), ("Paris", "1940-06-15", "Germany"),
    ("Paris", "1940-07-01", "Germany", "occupied"), ("Bordeaux", "1940-07-01", "Germany"),
    ("Tours", "1940-07-01", "Germany"), ("Vichy", "1940-07-01", "France"),
    ("Lyon", "1940-07-01", "France"), ("Marseille", "1940-07-01", "France"),
    ("Strasbourg", "1940-08-01", "Germany"),
    # -- 1941 (Balkans at country level) -------------------------------------------------
    ("Belgrade", "1941-04-20", "Germany"), ("Zagreb", "1941-04-20", "Croatia"),
    ("Athens", "1941-05-01", "Germany"), ("Sofia", "1941-05-01", "Bulgaria"),
    ("Ljubljana", "1941-06-01", "Italy"), ("Maribor", "1941-06-01", "Germany"),
    ("Novi Sad", "1941-06-01", "Hungary"), ("Thessaloniki", "1941-04-05", "Greece"),
    ("Thessaloniki", "1941-06-01", "Germany"), ("Drama", "1941-06-01", "Bulgaria"),
    ("Larissa", "1941-06-01", "Italy"), ("Tripoli", "1941-06-01", "Italy"),
    ("Heraklion", "1941-05-10", "Greece"), ("Heraklion", "1941-06-10", "Germany"),
    ("Skopje", "1941-06-01", "Bulgaria"), ("Tetovo", "1941-06-01", "Italy"),
    # -- Barbarossa and the Continuation War ----------------------------------------------
    ("Minsk", "1941-06-21", "Soviet Union"), ("Minsk", "1941-07-01", "Germany", "occupied"),
    ("Vilnius", "1941-07-01", "Germany"), ("Lwów", "1941-07-05", "Germany"),
    ("Brest", "1941-07-10", "Germany"), ("Riga", "1941-07-20", "Germany"),
    ("Smolensk", "1941-08-01", "Germany"), ("Tallinn", "1941-09-01", "Germany"),
    ("Kiev", "1941-09-01", "Soviet Union"), ("Kiev", "1941-09-25", "Germany"),
    ("Chişinău", "1941-08-01", "Romania"), ("Chernivtsi", "1941-08-01", "Romania"),
    ("Odesa", "1941-10-01", "Soviet Union"), ("Odesa", "1941-11-01", "Romania"),
    ("Novgorod", "1941-10-01", "Germany"), ("Kalinin", "1941-11-01", "Germany"),
    ("Kalinin", "1941-12-28", "Soviet Union"), ("Tikhvin", "1941-11-30", "Germany"),
    ("Tikhvin", "1941-12-26", "Soviet Union"), ("Kharkiv", "1941-11-15", "Germany"),
    ("Rostov", "1941-12-10", "Soviet Union"), ("Simferopol", "1941-12-01", "Germany"),
    ("Sevastopol", "1941-12-01", "Soviet Union"), ("Leningrad", "1941-12-01", "Soviet Union"),
    ("Moscow", "1941-12-01", "Soviet Union"), ("Vyborg", "1941-09-05", "Finland"),
    ("Sortavala", "1941-08-20", "Finland"), ("Petrozavodsk", "1941-10-15", "Finland"),
    ("Hanko", "1941-11-01", "Soviet Union", "lease"),
]
# fmt: on


def _id(row):
    return f"{row[0]}@{row[1]}"


@pytest.mark.parametrize("row", CHECKS, ids=_id)
def test_controller(borders, row):
    place, day, controller, *status = row
    lon, lat = PLACES[place]
    t = borders.territory_at(lon, lat, D(day))
    assert t is not None, f"{place} is in no territory on {day}"
    assert t.controller == controller, f"{place} {day}: {t.name} ({t.controller})"
    if status:
        assert t.status == status[0], f"{place} {day}: {t.name} is {t.status}"


SPHERES = [
    ("Lwów", "1939-08-24", "Soviet Union"),
    ("Białystok", "1939-08-24", "Soviet Union"),
    ("Lublin", "1939-08-24", "Soviet Union"),
    ("Łódź", "1939-08-24", "Germany"),
    ("Kraków", "1939-08-24", "Germany"),
    ("Kaunas", "1939-08-24", "Germany"),
    ("Vilnius", "1939-08-24", "Germany"),
    ("Kaunas", "1939-10-01", "Soviet Union"),
    ("Marijampolė", "1939-10-01", "Germany"),
    ("Riga", "1939-08-24", "Soviet Union"),
    ("Tallinn", "1939-08-24", "Soviet Union"),
    ("Helsinki", "1939-09-01", "Soviet Union"),
    ("Helsinki", "1940-06-01", "Soviet Union"),
    ("Chişinău", "1939-09-01", "Soviet Union"),
    ("Bucharest", "1939-09-01", None),
    ("Lublin", "1939-10-15", None),
    ("Warsaw", "1939-08-22", None),
    ("Kaunas", "1940-07-01", None),
    ("Chişinău", "1940-07-01", None),
    ("Helsinki", "1941-07-01", None),
    ("Minsk", "1939-09-01", None),
    ("Kaunas", "1941-07-01", None),
]


@pytest.mark.parametrize("row", SPHERES, ids=_id)
def test_sphere(borders, row):
    place, day, sphere_of = row
    lon, lat = PLACES[place]
    s = borders.sphere_at(lon, lat, D(day))
    got = s.properties["sphere_of"] if s else None
    assert got == sphere_of, f"{place} {day}: {s.name if s else None}"


def test_there_are_enough_checks():
    assert len(CHECKS) + len(SPHERES) >= 100
