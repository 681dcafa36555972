"""Independent checks of the historical borders dataset (1918-1941).

Written from the historical record, not from the data files, so that they
check the dataset rather than restate it. Each case is
(place, lat, lon, ISO date, expected controller, expected sphere_of).

Conventions (those of the dataset): an occupied area is controlled by the
occupier, a puppet state by itself; Soviet republics before the USSR
(30 Dec 1922) are "Soviet Russia"; the Kingdom of Serbs, Croats and Slovenes
is "Yugoslavia". ``sphere`` is only checked where it is not ``SKIP``:
``None`` means "no sphere of influence over the point".

Harbour towns are checked at a point about 1-2 km inland (Narvik, Tromsø,
Copenhagen, Sønderborg, Sevastopol, Zadar, Split, Kavala, Batumi, Menton,
Ajaccio, St Helier; later Hel, Zelenogorsk, Bodø, Kherson, Taganrog, Kos,
Hammerfest): the base map's Natural Earth 1:10m coastline puts their centres
at sea, where ``territory_at`` rightly answers None.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.core.borders import load_borders

SKIP = "skip"

# fmt: off
CASES: list[tuple[str, float, float, str, str, str | None]] = [
    # --- Baltic states ---------------------------------------------------
    ("Tallinn", 59.437, 24.754, "1918-06-01", "Germany", SKIP),  # taken 25 Feb 1918
    ("Tallinn", 59.437, 24.754, "1919-06-01", "Estonia", SKIP),
    ("Tallinn", 59.437, 24.754, "1939-09-01", "Estonia", "Soviet Union"),
    ("Tallinn", 59.437, 24.754, "1940-06-25", "Soviet Union", SKIP),  # occupied 17 Jun 1940
    ("Tallinn", 59.437, 24.754, "1941-08-20", "Soviet Union", SKIP),  # fell 28 Aug 1941
    ("Tallinn", 59.437, 24.754, "1941-09-05", "Germany", SKIP),
    ("Narva", 59.377, 28.190, "1918-12-15", "Soviet Russia", SKIP),  # Red Army 28 Nov 1918
    ("Narva", 59.377, 28.190, "1919-06-01", "Estonia", SKIP),  # retaken 19 Jan 1919
    ("Narva", 59.377, 28.190, "1930-06-01", "Estonia", SKIP),
    ("Narva", 59.377, 28.190, "1941-09-01", "Germany", SKIP),  # 17 Aug 1941
    ("Pechory", 57.815, 27.606, "1925-06-01", "Estonia", SKIP),  # Treaty of Tartu 1920
    ("Pechory", 57.815, 27.606, "1938-06-01", "Estonia", SKIP),
    ("Pechory", 57.815, 27.606, "1941-01-01", "Soviet Union", SKIP),
    ("Tartu", 58.378, 26.729, "1930-06-01", "Estonia", SKIP),
    ("Riga", 56.949, 24.105, "1918-06-01", "Germany", SKIP),  # taken 3 Sep 1917
    ("Riga", 56.949, 24.105, "1920-06-01", "Latvia", SKIP),
    ("Riga", 56.949, 24.105, "1939-11-01", "Latvia", "Soviet Union"),
    ("Riga", 56.949, 24.105, "1940-06-15", "Latvia", SKIP),
    ("Riga", 56.949, 24.105, "1940-06-20", "Soviet Union", SKIP),  # occupied 17 Jun 1940
    ("Riga", 56.949, 24.105, "1941-07-05", "Germany", SKIP),  # 1 Jul 1941
    ("Daugavpils", 55.875, 26.536, "1919-06-01", "Soviet Russia", SKIP),  # until Jan 1920
    ("Daugavpils", 55.875, 26.536, "1920-06-01", "Latvia", SKIP),
    ("Daugavpils", 55.875, 26.536, "1941-07-05", "Germany", SKIP),  # 26 Jun 1941
    ("Kaunas", 54.898, 23.903, "1918-06-01", "Germany", SKIP),
    ("Kaunas", 54.898, 23.903, "1919-06-01", "Lithuania", SKIP),
    ("Kaunas", 54.898, 23.903, "1939-08-22", "Lithuania", None),  # before the pact
    ("Kaunas", 54.898, 23.903, "1939-09-15", "Lithuania", "Germany"),  # protocol of 23 Aug
    ("Kaunas", 54.898, 23.903, "1939-10-15", "Lithuania", "Soviet Union"),  # 28 Sep protocol
    ("Kaunas", 54.898, 23.903, "1940-06-20", "Soviet Union", SKIP),  # occupied 15 Jun 1940
    ("Kaunas", 54.898, 23.903, "1941-07-01", "Germany", SKIP),  # 24 Jun 1941
    ("Vilnius", 54.687, 25.280, "1918-06-01", "Germany", SKIP),
    ("Vilnius", 54.687, 25.280, "1919-02-01", "Soviet Russia", SKIP),  # Red Army 5 Jan 1919
    ("Vilnius", 54.687, 25.280, "1919-06-01", "Poland", SKIP),  # 21 Apr 1919
    ("Vilnius", 54.687, 25.280, "1920-08-01", "Soviet Russia", SKIP),  # 14 Jul 1920
    ("Vilnius", 54.687, 25.280, "1920-09-15", "Lithuania", SKIP),  # handed over Aug 1920
    ("Vilnius", 54.687, 25.280, "1921-06-01", "Central Lithuania", SKIP),  # Żeligowski Oct 1920
    ("Vilnius", 54.687, 25.280, "1925-06-01", "Poland", SKIP),
    ("Vilnius", 54.687, 25.280, "1939-09-25", "Soviet Union", SKIP),  # 19 Sep 1939
    ("Vilnius", 54.687, 25.280, "1939-11-15", "Lithuania", "Soviet Union"),  # 28 Oct 1939
    ("Vilnius", 54.687, 25.280, "1940-07-01", "Soviet Union", SKIP),
    ("Vilnius", 54.687, 25.280, "1941-07-01", "Germany", SKIP),  # 24 Jun 1941
    ("Klaipeda", 55.712, 21.135, "1919-06-01", "Germany", SKIP),
    ("Klaipeda", 55.712, 21.135, "1923-06-01", "Lithuania", SKIP),  # Jan 1923 revolt
    ("Klaipeda", 55.712, 21.135, "1939-03-20", "Lithuania", SKIP),
    ("Klaipeda", 55.712, 21.135, "1939-03-25", "Germany", SKIP),  # 23 Mar 1939
    # --- Finland and the north ------------------------------------------
    ("Helsinki", 60.170, 24.938, "1918-06-01", "Finland", SKIP),
    ("Helsinki", 60.170, 24.938, "1939-09-01", "Finland", "Soviet Union"),
    ("Helsinki", 60.170, 24.938, "1940-09-01", "Finland", "Soviet Union"),
    ("Helsinki", 60.170, 24.938, "1941-06-10", "Finland", "Soviet Union"),
    ("Vyborg", 60.710, 28.749, "1918-06-01", "Finland", SKIP),  # 29 Apr 1918
    ("Vyborg", 60.710, 28.749, "1930-06-01", "Finland", SKIP),
    ("Vyborg", 60.710, 28.749, "1940-03-01", "Finland", SKIP),
    ("Vyborg", 60.710, 28.749, "1940-04-01", "Soviet Union", SKIP),  # Moscow Peace 12 Mar
    ("Vyborg", 60.710, 28.749, "1941-08-20", "Soviet Union", SKIP),
    ("Vyborg", 60.710, 28.749, "1941-09-05", "Finland", SKIP),  # 29 Aug 1941
    ("Sortavala", 61.703, 30.691, "1930-06-01", "Finland", SKIP),
    ("Sortavala", 61.703, 30.691, "1940-06-01", "Soviet Union", SKIP),
    ("Sortavala", 61.703, 30.691, "1941-09-01", "Finland", SKIP),  # 16 Aug 1941
    ("Petsamo", 69.550, 31.200, "1918-06-01", "Soviet Russia", SKIP),
    ("Petsamo", 69.550, 31.200, "1922-06-01", "Finland", SKIP),  # Treaty of Tartu 1920
    ("Petsamo", 69.550, 31.200, "1939-12-15", "Soviet Union", SKIP),  # taken 2 Dec 1939
    ("Petsamo", 69.550, 31.200, "1940-06-01", "Finland", SKIP),  # returned 1940
    ("Petsamo", 69.550, 31.200, "1941-10-01", "Finland", SKIP),
    ("Hanko", 59.823, 22.968, "1930-06-01", "Finland", SKIP),
    ("Hanko", 59.823, 22.968, "1940-06-01", "Soviet Union", SKIP),  # leased Mar 1940
    ("Hanko", 59.823, 22.968, "1941-11-01", "Soviet Union", SKIP),
    ("Hanko", 59.823, 22.968, "1941-12-10", "Finland", SKIP),  # evacuated 2 Dec 1941
    ("Mariehamn", 60.097, 19.935, "1925-06-01", "Finland", SKIP),
    ("Petrozavodsk", 61.785, 34.346, "1941-09-15", "Soviet Union", SKIP),
    ("Petrozavodsk", 61.785, 34.346, "1941-10-15", "Finland", SKIP),  # 1 Oct 1941
    ("Stockholm", 59.329, 18.069, "1940-06-01", "Sweden", None),
    ("Oslo", 59.913, 10.752, "1940-04-15", "Germany", SKIP),  # 9 Apr 1940
    ("Trondheim", 63.430, 10.395, "1940-04-05", "Norway", None),
    ("Trondheim", 63.430, 10.395, "1940-05-01", "Germany", SKIP),
    ("Narvik", 68.418, 17.427, "1940-04-20", "Germany", SKIP),
    ("Narvik", 68.418, 17.427, "1940-07-01", "Germany", SKIP),
    ("Tromso", 69.641, 19.004, "1940-05-15", "Norway", SKIP),
    ("Tromso", 69.641, 19.004, "1940-06-20", "Germany", SKIP),  # capitulation 10 Jun 1940
    ("Copenhagen", 55.680, 12.559, "1940-04-08", "Denmark", None),
    ("Copenhagen", 55.680, 12.559, "1940-04-15", "Germany", SKIP),  # occupied 9 Apr 1940
    ("Sonderborg", 54.915, 9.798, "1919-06-01", "Germany", SKIP),
    ("Sonderborg", 54.915, 9.798, "1920-08-01", "Denmark", SKIP),  # reunification 1920
    ("Tonder", 54.933, 8.867, "1925-06-01", "Denmark", SKIP),
    ("Flensburg", 54.794, 9.436, "1925-06-01", "Germany", SKIP),
    ("Reykjavik", 64.147, -21.942, "1918-06-01", "Denmark", SKIP),  # sovereign 1 Dec 1918
    ("Reykjavik", 64.147, -21.942, "1925-06-01", "Iceland", SKIP),
    ("Torshavn", 62.009, -6.772, "1930-06-01", "Denmark", SKIP),
    ("Torshavn", 62.009, -6.772, "1940-06-01", "United Kingdom", SKIP),  # 12 Apr 1940
    # --- Poland ----------------------------------------------------------
    ("Warsaw", 52.230, 21.012, "1920-08-15", "Poland", SKIP),
    ("Warsaw", 52.230, 21.012, "1939-08-22", "Poland", None),
    ("Warsaw", 52.230, 21.012, "1939-08-25", "Poland", "Germany"),  # west of the Vistula
    ("Warsaw", 52.230, 21.012, "1939-09-20", "Poland", SKIP),  # capitulated 28 Sep
    ("Warsaw", 52.230, 21.012, "1939-10-05", "Germany", SKIP),
    ("Lublin", 51.247, 22.568, "1939-08-25", "Poland", "Soviet Union"),  # east of Vistula
    ("Lublin", 51.247, 22.568, "1939-10-15", "Germany", SKIP),
    ("Krakow", 50.062, 19.938, "1918-11-15", "Poland", SKIP),  # 31 Oct 1918
    ("Krakow", 50.062, 19.938, "1939-08-25", "Poland", "Germany"),
    ("Krakow", 50.062, 19.938, "1939-09-10", "Germany", SKIP),  # 6 Sep 1939
    ("Poznan", 52.406, 16.925, "1918-06-01", "Germany", SKIP),
    ("Poznan", 52.406, 16.925, "1919-06-01", "Poland", SKIP),  # Greater Poland Uprising
    ("Poznan", 52.406, 16.925, "1939-08-25", "Poland", "Germany"),
    ("Poznan", 52.406, 16.925, "1939-09-15", "Germany", SKIP),
    ("Bydgoszcz", 53.123, 18.008, "1919-06-01", "Germany", SKIP),  # handed over Jan 1920
    ("Bydgoszcz", 53.123, 18.008, "1920-06-01", "Poland", SKIP),
    ("Lodz", 51.759, 19.456, "1939-11-15", "Germany", SKIP),
    ("Gdansk", 54.352, 18.646, "1918-06-01", "Germany", SKIP),
    ("Gdansk", 54.352, 18.646, "1921-06-01", "Free City of Danzig", SKIP),  # 15 Nov 1920
    ("Gdansk", 54.352, 18.646, "1939-08-30", "Free City of Danzig", SKIP),
    ("Gdansk", 54.352, 18.646, "1939-09-05", "Germany", SKIP),
    ("Gdynia", 54.518, 18.531, "1930-06-01", "Poland", SKIP),
    ("Katowice", 50.264, 19.024, "1918-06-01", "Germany", SKIP),
    ("Katowice", 50.264, 19.024, "1925-06-01", "Poland", SKIP),  # June 1922
    ("Katowice", 50.264, 19.024, "1939-09-10", "Germany", SKIP),
    ("Bytom", 50.348, 18.916, "1925-06-01", "Germany", SKIP),
    ("Chorzow", 50.297, 18.954, "1925-06-01", "Poland", SKIP),
    ("Cieszyn", 49.750, 18.633, "1925-06-01", "Poland", SKIP),
    ("Cesky Tesin", 49.746, 18.623, "1925-06-01", "Czechoslovakia", SKIP),
    ("Cesky Tesin", 49.746, 18.623, "1938-10-15", "Poland", SKIP),  # 2 Oct 1938
    ("Cesky Tesin", 49.746, 18.623, "1939-09-15", "Germany", SKIP),
    ("Cieszyn", 49.750, 18.633, "1939-09-15", "Germany", SKIP),
    ("Przemysl", 49.784, 22.767, "1918-12-01", "Poland", SKIP),  # 12 Nov 1918
    ("Przemysl", 49.784, 22.767, "1930-06-01", "Poland", SKIP),
    ("Przemysl", 49.784, 22.767, "1939-10-15", "Soviet Union", SKIP),  # old town south of San
    ("Przemysl", 49.784, 22.767, "1941-07-05", "Germany", SKIP),
    ("Lviv", 49.842, 24.032, "1918-06-01", "Austria-Hungary", SKIP),
    ("Lviv", 49.842, 24.032, "1918-12-15", "Poland", SKIP),  # Poles held the city
    ("Lviv", 49.842, 24.032, "1930-06-01", "Poland", SKIP),
    ("Lviv", 49.842, 24.032, "1939-08-24", "Poland", "Soviet Union"),
    ("Lviv", 49.842, 24.032, "1939-09-25", "Soviet Union", SKIP),  # 22 Sep 1939
    ("Lviv", 49.842, 24.032, "1941-07-05", "Germany", SKIP),  # 30 Jun 1941
    ("Ternopil", 49.553, 25.595, "1919-03-01", "West Ukraine", SKIP),
    ("Ternopil", 49.553, 25.595, "1919-08-01", "Poland", SKIP),
    ("Ternopil", 49.553, 25.595, "1939-10-15", "Soviet Union", SKIP),
    ("Lutsk", 50.747, 25.325, "1919-06-01", "Poland", SKIP),  # 16 May 1919
    ("Lutsk", 50.747, 25.325, "1939-10-15", "Soviet Union", SKIP),
    ("Brest", 52.097, 23.734, "1918-06-01", "Germany", SKIP),
    ("Brest", 52.097, 23.734, "1919-06-01", "Poland", SKIP),  # 9 Feb 1919
    ("Brest", 52.097, 23.734, "1920-08-10", "Soviet Russia", SKIP),  # 1 Aug 1920
    ("Brest", 52.097, 23.734, "1920-09-15", "Poland", SKIP),
    ("Brest", 52.097, 23.734, "1939-09-20", "Germany", SKIP),  # taken 17 Sep
    ("Brest", 52.097, 23.734, "1939-09-25", "Soviet Union", SKIP),  # handed over 22 Sep
    ("Brest", 52.097, 23.734, "1941-07-01", "Germany", SKIP),
    ("Bialystok", 53.132, 23.169, "1918-06-01", "Germany", SKIP),
    ("Bialystok", 53.132, 23.169, "1919-06-01", "Poland", SKIP),  # Feb 1919
    ("Bialystok", 53.132, 23.169, "1920-08-10", "Soviet Russia", SKIP),  # 28 Jul 1920
    ("Bialystok", 53.132, 23.169, "1920-09-01", "Poland", SKIP),  # 22 Aug 1920
    ("Bialystok", 53.132, 23.169, "1939-08-25", "Poland", "Soviet Union"),
    ("Bialystok", 53.132, 23.169, "1939-09-18", "Germany", SKIP),  # taken 15 Sep
    ("Bialystok", 53.132, 23.169, "1939-10-01", "Soviet Union", SKIP),
    ("Bialystok", 53.132, 23.169, "1941-08-15", "Germany", SKIP),
    ("Grodno", 53.678, 23.830, "1918-06-01", "Germany", SKIP),
    ("Grodno", 53.678, 23.830, "1919-06-01", "Poland", SKIP),  # 28 Apr 1919
    ("Grodno", 53.678, 23.830, "1920-08-01", "Soviet Russia", SKIP),  # 19 Jul 1920
    ("Grodno", 53.678, 23.830, "1920-10-15", "Poland", SKIP),  # 26 Sep 1920
    ("Grodno", 53.678, 23.830, "1939-10-01", "Soviet Union", SKIP),
    ("Grodno", 53.678, 23.830, "1941-07-01", "Germany", SKIP),
    ("Lomza", 53.178, 22.059, "1939-11-01", "Soviet Union", SKIP),  # north-east of Narew
    ("Suwalki", 54.102, 22.930, "1939-11-15", "Germany", SKIP),
    ("Chelm", 51.143, 23.472, "1939-10-20", "Germany", SKIP),  # west of the Bug
    ("Pinsk", 52.115, 26.103, "1918-06-01", "Germany", SKIP),
    ("Pinsk", 52.115, 26.103, "1919-06-01", "Poland", SKIP),
    ("Pinsk", 52.115, 26.103, "1930-06-01", "Poland", SKIP),
    ("Pinsk", 52.115, 26.103, "1939-10-01", "Soviet Union", SKIP),
    ("Pinsk", 52.115, 26.103, "1941-07-10", "Germany", SKIP),
    ("Rivne", 50.620, 26.252, "1919-06-01", "Poland", SKIP),  # 15 May 1919
    ("Rivne", 50.620, 26.252, "1930-06-01", "Poland", SKIP),
    ("Rivne", 50.620, 26.252, "1939-10-01", "Soviet Union", SKIP),
    ("Rivne", 50.620, 26.252, "1941-07-10", "Germany", SKIP),
    # --- Belarus, Russia, Ukraine ----------------------------------------
    ("Minsk", 53.902, 27.562, "1918-06-01", "Germany", SKIP),
    ("Minsk", 53.902, 27.562, "1919-03-01", "Soviet Russia", SKIP),
    ("Minsk", 53.902, 27.562, "1919-09-01", "Poland", SKIP),  # 8 Aug 1919
    ("Minsk", 53.902, 27.562, "1920-08-01", "Soviet Russia", SKIP),  # 11 Jul 1920
    ("Minsk", 53.902, 27.562, "1939-11-01", "Soviet Union", None),
    ("Minsk", 53.902, 27.562, "1941-07-15", "Germany", SKIP),  # 28 Jun 1941
    ("Mogilev", 53.900, 30.331, "1918-06-01", "Germany", SKIP),
    ("Mogilev", 53.900, 30.331, "1941-08-05", "Germany", SKIP),  # 26 Jul 1941
    ("Vitebsk", 55.184, 30.202, "1941-07-20", "Germany", SKIP),
    ("Smolensk", 54.782, 32.045, "1918-06-01", "Soviet Russia", SKIP),
    ("Smolensk", 54.782, 32.045, "1941-07-10", "Soviet Union", SKIP),
    ("Smolensk", 54.782, 32.045, "1941-08-15", "Germany", SKIP),
    ("Pskov", 57.819, 28.332, "1918-06-01", "Germany", SKIP),  # 25 Feb 1918
    ("Pskov", 57.819, 28.332, "1941-07-20", "Germany", SKIP),  # 9 Jul 1941
    ("Leningrad", 59.934, 30.335, "1941-12-31", "Soviet Union", SKIP),
    ("Moscow", 55.756, 37.617, "1922-06-01", "Soviet Russia", SKIP),
    ("Moscow", 55.756, 37.617, "1923-06-01", "Soviet Union", SKIP),
    ("Moscow", 55.756, 37.617, "1941-12-31", "Soviet Union", SKIP),
    ("Kalinin", 56.859, 35.912, "1941-11-01", "Germany", SKIP),  # 14 Oct 1941
    ("Kalinin", 56.859, 35.912, "1941-12-25", "Soviet Union", SKIP),  # 16 Dec 1941
    ("Tikhvin", 59.645, 33.514, "1941-11-20", "Germany", SKIP),  # 8 Nov 1941
    ("Tikhvin", 59.645, 33.514, "1941-12-25", "Soviet Union", SKIP),  # 9 Dec 1941
    ("Kursk", 51.730, 36.193, "1919-10-01", "White movement", SKIP),  # 20 Sep 1919
    ("Kursk", 51.730, 36.193, "1941-11-15", "Germany", SKIP),  # 2 Nov 1941
    ("Samara", 53.195, 50.101, "1918-08-01", "White movement", SKIP),  # Komuch
    ("Kazan", 55.796, 49.106, "1918-08-20", "White movement", SKIP),  # 7 Aug-10 Sep
    ("Tsaritsyn", 48.708, 44.513, "1919-08-01", "White movement", SKIP),
    ("Rostov", 47.236, 39.713, "1919-06-01", "White movement", SKIP),
    ("Rostov", 47.236, 39.713, "1920-06-01", "Soviet Russia", SKIP),
    ("Rostov", 47.236, 39.713, "1941-11-25", "Germany", SKIP),  # 21 Nov 1941
    ("Rostov", 47.236, 39.713, "1941-12-15", "Soviet Union", SKIP),  # 29 Nov 1941
    ("Krasnodar", 45.035, 38.975, "1918-10-01", "White movement", SKIP),  # 16 Aug 1918
    ("Kyiv", 50.450, 30.523, "1918-03-10", "Ukraine", SKIP),
    ("Kyiv", 50.450, 30.523, "1918-06-01", "Ukraine", SKIP),
    ("Kyiv", 50.450, 30.523, "1919-03-01", "Soviet Russia", SKIP),  # 5 Feb 1919
    ("Kyiv", 50.450, 30.523, "1919-10-01", "White movement", SKIP),  # 31 Aug 1919
    ("Kyiv", 50.450, 30.523, "1921-06-01", "Soviet Russia", SKIP),
    ("Kyiv", 50.450, 30.523, "1930-06-01", "Soviet Union", None),
    ("Kyiv", 50.450, 30.523, "1941-09-10", "Soviet Union", SKIP),
    ("Kyiv", 50.450, 30.523, "1941-09-25", "Germany", SKIP),  # 19 Sep 1941
    ("Kharkiv", 49.994, 36.230, "1919-08-01", "White movement", SKIP),
    ("Kharkiv", 49.994, 36.230, "1941-11-01", "Germany", SKIP),  # 24 Oct 1941
    ("Zhytomyr", 50.254, 28.658, "1941-08-01", "Germany", SKIP),
    ("Kamianets-Podilskyi", 48.679, 26.585, "1919-08-01", "Ukraine", SKIP),  # UNR seat
    ("Kamianets-Podilskyi", 48.679, 26.585, "1925-06-01", "Soviet Union", SKIP),
    ("Kamianets-Podilskyi", 48.679, 26.585, "1941-10-01", "Germany", SKIP),
    ("Odesa", 46.482, 30.723, "1919-05-01", "Soviet Russia", SKIP),  # 6 Apr 1919
    ("Odesa", 46.482, 30.723, "1919-10-01", "White movement", SKIP),  # 23 Aug 1919
    ("Odesa", 46.482, 30.723, "1920-06-01", "Soviet Russia", SKIP),
    ("Odesa", 46.482, 30.723, "1941-10-10", "Soviet Union", SKIP),
    ("Odesa", 46.482, 30.723, "1941-10-25", "Romania", SKIP),  # 16 Oct 1941
    ("Tiraspol", 46.840, 29.643, "1935-06-01", "Soviet Union", SKIP),
    ("Tiraspol", 46.840, 29.643, "1941-09-01", "Romania", SKIP),  # Transnistria
    ("Simferopol", 44.952, 34.102, "1918-06-01", "Germany", SKIP),
    ("Simferopol", 44.952, 34.102, "1941-11-15", "Germany", SKIP),  # 1 Nov 1941
    ("Sevastopol", 44.608, 33.525, "1920-08-01", "White movement", SKIP),  # Wrangel
    ("Sevastopol", 44.608, 33.525, "1921-06-01", "Soviet Russia", SKIP),
    ("Sevastopol", 44.608, 33.525, "1941-12-31", "Soviet Union", SKIP),  # besieged
    # --- Romania, Moldova, Bukovina --------------------------------------
    ("Chisinau", 47.011, 28.863, "1918-06-01", "Romania", SKIP),
    ("Chisinau", 47.011, 28.863, "1939-09-01", "Romania", "Soviet Union"),
    ("Chisinau", 47.011, 28.863, "1940-05-01", "Romania", "Soviet Union"),
    ("Chisinau", 47.011, 28.863, "1940-07-05", "Soviet Union", SKIP),  # 28 Jun 1940
    ("Chisinau", 47.011, 28.863, "1941-07-10", "Soviet Union", SKIP),
    ("Chisinau", 47.011, 28.863, "1941-07-25", "Romania", SKIP),  # 16 Jul 1941
    ("Chernivtsi", 48.292, 25.936, "1918-06-01", "Austria-Hungary", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1918-11-20", "Romania", SKIP),  # 11 Nov 1918
    ("Chernivtsi", 48.292, 25.936, "1939-09-01", "Romania", None),  # not in the protocol
    ("Chernivtsi", 48.292, 25.936, "1940-07-05", "Soviet Union", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1941-07-15", "Romania", SKIP),  # 5 Jul 1941
    ("Bucharest", 44.427, 26.103, "1918-06-01", "Germany", SKIP),  # occupied Dec 1916
    ("Bucharest", 44.427, 26.103, "1940-01-01", "Romania", None),
    ("Cluj", 46.770, 23.590, "1918-06-01", "Austria-Hungary", SKIP),
    ("Cluj", 46.770, 23.590, "1918-12-15", "Hungary", SKIP),  # Romanians 24 Dec 1918
    ("Cluj", 46.770, 23.590, "1919-06-01", "Romania", SKIP),
    ("Cluj", 46.770, 23.590, "1940-09-01", "Romania", SKIP),
    ("Cluj", 46.770, 23.590, "1940-09-20", "Hungary", SKIP),  # entered 11 Sep 1940
    ("Oradea", 47.072, 21.921, "1919-03-01", "Hungary", SKIP),
    ("Oradea", 47.072, 21.921, "1919-06-01", "Romania", SKIP),  # 20 Apr 1919
    ("Oradea", 47.072, 21.921, "1930-06-01", "Romania", SKIP),
    ("Oradea", 47.072, 21.921, "1940-09-15", "Hungary", SKIP),  # 5 Sep 1940
    ("Brasov", 45.657, 25.601, "1941-06-01", "Romania", SKIP),
    ("Dobrich", 43.567, 27.828, "1918-06-01", "Bulgaria", SKIP),
    ("Dobrich", 43.567, 27.828, "1925-06-01", "Romania", SKIP),
    ("Dobrich", 43.567, 27.828, "1940-09-01", "Romania", SKIP),
    ("Dobrich", 43.567, 27.828, "1940-10-15", "Bulgaria", SKIP),  # Craiova 7 Sep 1940
    # --- Hungary, Czechoslovakia, Austria --------------------------------
    ("Budapest", 47.498, 19.040, "1918-06-01", "Austria-Hungary", SKIP),
    ("Budapest", 47.498, 19.040, "1919-05-01", "Hungary", SKIP),
    ("Budapest", 47.498, 19.040, "1919-09-01", "Romania", SKIP),  # 4 Aug-14 Nov 1919
    ("Budapest", 47.498, 19.040, "1920-06-01", "Hungary", SKIP),
    ("Budapest", 47.498, 19.040, "1940-03-01", "Hungary", None),
    ("Debrecen", 47.531, 21.624, "1919-06-01", "Romania", SKIP),  # Apr 1919-Mar 1920
    ("Pecs", 46.072, 18.233, "1921-03-01", "Yugoslavia", SKIP),  # until Aug 1921
    ("Pecs", 46.072, 18.233, "1922-06-01", "Hungary", SKIP),
    ("Sopron", 47.685, 16.590, "1925-06-01", "Hungary", SKIP),  # plebiscite Dec 1921
    ("Eisenstadt", 47.846, 16.527, "1921-06-01", "Hungary", SKIP),
    ("Eisenstadt", 47.846, 16.527, "1922-06-01", "Austria", SKIP),
    ("Vienna", 48.208, 16.373, "1918-06-01", "Austria-Hungary", SKIP),
    ("Vienna", 48.208, 16.373, "1919-06-01", "Austria", SKIP),
    ("Vienna", 48.208, 16.373, "1938-03-10", "Austria", SKIP),
    ("Vienna", 48.208, 16.373, "1938-03-20", "Germany", SKIP),  # Anschluss
    ("Volkermarkt", 46.662, 14.636, "1920-06-01", "Yugoslavia", SKIP),  # zone A
    ("Volkermarkt", 46.662, 14.636, "1921-01-01", "Austria", SKIP),  # plebiscite 10 Oct 1920
    ("Prague", 50.075, 14.437, "1918-06-01", "Austria-Hungary", SKIP),
    ("Prague", 50.075, 14.437, "1918-11-15", "Czechoslovakia", SKIP),  # 28 Oct 1918
    ("Prague", 50.075, 14.437, "1939-03-13", "Czechoslovakia", SKIP),
    ("Prague", 50.075, 14.437, "1939-03-20", "Germany", SKIP),  # protectorate
    ("Brno", 49.195, 16.607, "1940-06-01", "Germany", SKIP),
    ("Liberec", 50.767, 15.056, "1938-09-25", "Czechoslovakia", SKIP),
    ("Liberec", 50.767, 15.056, "1938-10-20", "Germany", SKIP),
    ("Cheb", 50.080, 12.374, "1938-10-20", "Germany", SKIP),
    ("Bratislava", 48.148, 17.107, "1918-06-01", "Austria-Hungary", SKIP),
    ("Bratislava", 48.148, 17.107, "1918-12-15", "Hungary", SKIP),  # Czechs 1 Jan 1919
    ("Bratislava", 48.148, 17.107, "1919-03-01", "Czechoslovakia", SKIP),
    ("Bratislava", 48.148, 17.107, "1939-03-20", "Slovakia", SKIP),
    ("Kosice", 48.716, 21.261, "1918-12-15", "Hungary", SKIP),  # Czechs 29 Dec 1918
    ("Kosice", 48.716, 21.261, "1919-06-20", "Hungary", SKIP),  # Hungarian Red Army
    ("Kosice", 48.716, 21.261, "1925-06-01", "Czechoslovakia", SKIP),
    ("Kosice", 48.716, 21.261, "1938-11-01", "Czechoslovakia", SKIP),
    ("Kosice", 48.716, 21.261, "1938-11-15", "Hungary", SKIP),  # First Vienna Award
    ("Uzhhorod", 48.621, 22.288, "1925-06-01", "Czechoslovakia", SKIP),
    ("Uzhhorod", 48.621, 22.288, "1938-11-15", "Hungary", SKIP),
    ("Khust", 48.170, 23.289, "1939-01-15", "Czechoslovakia", SKIP),
    ("Khust", 48.170, 23.289, "1939-03-25", "Hungary", SKIP),
    # --- Yugoslavia, Albania, Greece, Bulgaria ---------------------------
    ("Belgrade", 44.787, 20.457, "1918-06-01", "Austria-Hungary", SKIP),
    ("Belgrade", 44.787, 20.457, "1918-11-15", "Serbia", SKIP),  # 1 Nov 1918
    ("Belgrade", 44.787, 20.457, "1930-06-01", "Yugoslavia", SKIP),
    ("Belgrade", 44.787, 20.457, "1941-04-05", "Yugoslavia", SKIP),
    ("Belgrade", 44.787, 20.457, "1941-10-01", "Germany", SKIP),
    ("Nis", 43.321, 21.896, "1918-06-01", "Bulgaria", SKIP),
    ("Novi Sad", 45.267, 19.833, "1918-06-01", "Austria-Hungary", SKIP),
    ("Novi Sad", 45.267, 19.833, "1930-06-01", "Yugoslavia", SKIP),
    ("Novi Sad", 45.267, 19.833, "1941-05-01", "Hungary", SKIP),  # Bačka Apr 1941
    ("Zagreb", 45.815, 15.982, "1918-11-15", "State of Slovenes, Croats and Serbs", SKIP),
    ("Zagreb", 45.815, 15.982, "1919-06-01", "Yugoslavia", SKIP),
    ("Zagreb", 45.815, 15.982, "1941-05-01", "Croatia", SKIP),
    ("Sarajevo", 43.856, 18.413, "1941-06-01", "Croatia", SKIP),
    ("Osijek", 45.554, 18.696, "1941-06-01", "Croatia", SKIP),
    ("Ljubljana", 46.057, 14.506, "1918-06-01", "Austria-Hungary", SKIP),
    ("Ljubljana", 46.057, 14.506, "1930-06-01", "Yugoslavia", SKIP),
    ("Ljubljana", 46.057, 14.506, "1941-05-15", "Italy", SKIP),
    ("Maribor", 46.555, 15.646, "1919-06-01", "Yugoslavia", SKIP),
    ("Maribor", 46.555, 15.646, "1941-05-15", "Germany", SKIP),
    ("Murska Sobota", 46.662, 16.166, "1920-06-01", "Yugoslavia", SKIP),
    ("Cakovec", 46.384, 16.434, "1941-06-01", "Hungary", SKIP),
    ("Rijeka", 45.327, 14.442, "1918-06-01", "Austria-Hungary", SKIP),
    ("Rijeka", 45.327, 14.442, "1920-10-01", "Italian Regency of Carnaro", SKIP),
    ("Rijeka", 45.327, 14.442, "1921-06-01", "Free State of Fiume", SKIP),
    ("Rijeka", 45.327, 14.442, "1925-06-01", "Italy", SKIP),  # Treaty of Rome 1924
    ("Trieste", 45.650, 13.777, "1919-06-01", "Italy", SKIP),
    ("Udine", 46.071, 13.235, "1918-06-01", "Austria-Hungary", SKIP),  # after Caporetto
    ("Udine", 46.071, 13.235, "1918-12-01", "Italy", SKIP),
    ("Bolzano", 46.498, 11.354, "1918-06-01", "Austria-Hungary", SKIP),
    ("Bolzano", 46.498, 11.354, "1930-06-01", "Italy", SKIP),
    ("Zadar", 44.125, 15.240, "1918-06-01", "Austria-Hungary", SKIP),
    ("Zadar", 44.125, 15.240, "1925-06-01", "Italy", SKIP),  # Rapallo 1920
    ("Sibenik", 43.735, 15.890, "1919-06-01", "Italy", SKIP),  # occupied Nov 1918-1921
    ("Sibenik", 43.735, 15.890, "1925-06-01", "Yugoslavia", SKIP),
    ("Split", 43.516, 16.440, "1930-06-01", "Yugoslavia", SKIP),
    ("Split", 43.516, 16.440, "1941-06-01", "Italy", SKIP),  # Governorate of Dalmatia
    ("Podgorica", 42.441, 19.263, "1941-06-01", "Italy", SKIP),
    ("Skopje", 41.997, 21.428, "1918-06-01", "Bulgaria", SKIP),
    ("Skopje", 41.997, 21.428, "1930-06-01", "Yugoslavia", SKIP),
    ("Skopje", 41.997, 21.428, "1941-06-01", "Bulgaria", SKIP),
    ("Tetovo", 42.010, 20.971, "1941-06-01", "Italy", SKIP),  # attached to Albania
    ("Pristina", 42.663, 21.166, "1941-06-01", "Italy", SKIP),
    ("Tirana", 41.328, 19.819, "1930-06-01", "Albania", SKIP),
    ("Tirana", 41.328, 19.819, "1939-04-05", "Albania", SKIP),
    ("Tirana", 41.328, 19.819, "1939-04-15", "Italy", SKIP),  # 7 Apr 1939
    ("Vlore", 40.466, 19.489, "1919-06-01", "Italy", SKIP),  # until Sep 1920
    ("Vlore", 40.466, 19.489, "1921-06-01", "Albania", SKIP),
    ("Korce", 40.618, 20.781, "1918-06-01", "France", SKIP),  # French occupation
    ("Korce", 40.618, 20.781, "1940-12-01", "Greece", SKIP),  # 22 Nov 1940
    ("Korce", 40.618, 20.781, "1941-05-15", "Italy", SKIP),
    ("Gjirokaster", 40.076, 20.139, "1941-01-15", "Greece", SKIP),  # 8 Dec 1940
    ("Corfu", 39.624, 19.921, "1923-09-15", "Italy", SKIP),  # Corfu incident
    ("Corfu", 39.624, 19.921, "1930-06-01", "Greece", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1918-06-01", "Greece", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1941-04-05", "Greece", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1941-05-01", "Germany", SKIP),  # 9 Apr 1941
    ("Kavala", 40.947, 24.407, "1918-06-01", "Bulgaria", SKIP),  # 1916-1918
    ("Kavala", 40.947, 24.407, "1930-06-01", "Greece", SKIP),
    ("Kavala", 40.947, 24.407, "1941-06-01", "Bulgaria", SKIP),
    ("Alexandroupoli", 40.848, 25.874, "1919-06-01", "Bulgaria", SKIP),
    ("Alexandroupoli", 40.848, 25.874, "1925-06-01", "Greece", SKIP),
    ("Athens", 37.984, 23.728, "1941-04-20", "Greece", SKIP),
    ("Athens", 37.984, 23.728, "1941-05-01", "Germany", SKIP),  # 27 Apr 1941
    ("Heraklion", 35.339, 25.144, "1941-05-15", "Greece", SKIP),
    ("Heraklion", 35.339, 25.144, "1941-07-01", "Germany", SKIP),
    ("Rhodes", 36.434, 28.217, "1918-06-01", "Italy", SKIP),
    ("Rhodes", 36.434, 28.217, "1930-06-01", "Italy", SKIP),
    ("Sofia", 42.698, 23.322, "1930-06-01", "Bulgaria", SKIP),
    # --- Turkey, Levant, Caucasus ----------------------------------------
    ("Edirne", 41.677, 26.556, "1918-06-01", "Ottoman Empire", SKIP),
    ("Edirne", 41.677, 26.556, "1921-06-01", "Greece", SKIP),  # Jul 1920-Nov 1922
    ("Edirne", 41.677, 26.556, "1925-06-01", "Turkey", SKIP),
    ("Istanbul", 41.008, 28.978, "1918-06-01", "Ottoman Empire", SKIP),
    ("Istanbul", 41.008, 28.978, "1925-06-01", "Turkey", SKIP),
    ("Izmir", 38.423, 27.143, "1918-06-01", "Ottoman Empire", SKIP),
    ("Izmir", 38.423, 27.143, "1920-06-01", "Greece", SKIP),  # 15 May 1919
    ("Izmir", 38.423, 27.143, "1922-10-15", "Turkey", SKIP),  # 9 Sep 1922
    ("Bursa", 40.183, 29.067, "1921-06-01", "Greece", SKIP),
    ("Ankara", 39.933, 32.860, "1921-06-01", "Turkey", SKIP),
    ("Antalya", 36.897, 30.713, "1920-06-01", "Italy", SKIP),  # Italian occupation
    ("Adana", 37.000, 35.321, "1920-06-01", "France", SKIP),  # Cilicia
    ("Adana", 37.000, 35.321, "1925-06-01", "Turkey", SKIP),
    ("Iskenderun", 36.587, 36.173, "1930-06-01", "France", SKIP),
    ("Iskenderun", 36.587, 36.173, "1940-06-01", "Turkey", SKIP),  # Hatay 1939
    ("Damascus", 33.513, 36.292, "1918-06-01", "Ottoman Empire", SKIP),
    ("Damascus", 33.513, 36.292, "1930-06-01", "France", SKIP),
    ("Jerusalem", 31.768, 35.214, "1930-06-01", "United Kingdom", SKIP),
    ("Nicosia", 35.186, 33.382, "1930-06-01", "United Kingdom", SKIP),
    ("Kars", 40.602, 43.097, "1918-06-01", "Ottoman Empire", SKIP),  # 25 Apr 1918
    ("Kars", 40.602, 43.097, "1920-01-01", "Armenia", SKIP),
    ("Kars", 40.602, 43.097, "1920-12-01", "Turkey", SKIP),  # 30 Oct 1920
    ("Kars", 40.602, 43.097, "1930-06-01", "Turkey", SKIP),
    ("Yerevan", 40.179, 44.499, "1919-06-01", "Armenia", SKIP),
    ("Yerevan", 40.179, 44.499, "1925-06-01", "Soviet Union", SKIP),
    ("Tbilisi", 41.716, 44.783, "1918-04-15", "Transcaucasia", SKIP),
    ("Tbilisi", 41.716, 44.783, "1920-06-01", "Georgia", SKIP),
    ("Tbilisi", 41.716, 44.783, "1921-06-01", "Soviet Russia", SKIP),  # 25 Feb 1921
    ("Tbilisi", 41.716, 44.783, "1930-06-01", "Soviet Union", SKIP),
    ("Batumi", 41.636, 41.637, "1918-06-01", "Ottoman Empire", SKIP),
    ("Batumi", 41.636, 41.637, "1919-06-01", "United Kingdom", SKIP),  # Dec 1918-Jul 1920
    ("Batumi", 41.636, 41.637, "1920-10-01", "Georgia", SKIP),
    ("Batumi", 41.636, 41.637, "1925-06-01", "Soviet Union", SKIP),
    ("Baku", 40.409, 49.867, "1918-06-01", "Soviet Russia", SKIP),  # Baku Commune
    ("Baku", 40.409, 49.867, "1920-01-15", "Azerbaijan", SKIP),
    ("Baku", 40.409, 49.867, "1920-06-01", "Soviet Russia", SKIP),  # 28 Apr 1920
    ("Baku", 40.409, 49.867, "1930-06-01", "Soviet Union", SKIP),
    # --- Western Europe --------------------------------------------------
    ("Luxembourg", 49.612, 6.130, "1930-06-01", "Luxembourg", SKIP),
    ("Luxembourg", 49.612, 6.130, "1940-05-05", "Luxembourg", SKIP),
    ("Luxembourg", 49.612, 6.130, "1940-06-01", "Germany", SKIP),
    ("Eupen", 50.628, 6.036, "1919-06-01", "Germany", SKIP),
    ("Eupen", 50.628, 6.036, "1925-06-01", "Belgium", SKIP),
    ("Eupen", 50.628, 6.036, "1940-06-01", "Germany", SKIP),
    ("Saarbrucken", 49.240, 6.997, "1918-06-01", "Germany", SKIP),
    ("Saarbrucken", 49.240, 6.997, "1925-06-01", "League of Nations", SKIP),
    ("Saarbrucken", 49.240, 6.997, "1935-02-15", "League of Nations", SKIP),
    ("Saarbrucken", 49.240, 6.997, "1935-03-15", "Germany", SKIP),  # 1 Mar 1935
    ("Strasbourg", 48.573, 7.752, "1918-06-01", "Germany", SKIP),
    ("Strasbourg", 48.573, 7.752, "1918-12-01", "France", SKIP),  # 22 Nov 1918
    ("Strasbourg", 48.573, 7.752, "1930-06-01", "France", SKIP),
    ("Strasbourg", 48.573, 7.752, "1940-07-01", "Germany", SKIP),
    ("Lille", 50.629, 3.057, "1918-06-01", "Germany", SKIP),  # 1914-17 Oct 1918
    ("Lille", 50.629, 3.057, "1918-11-01", "France", SKIP),
    ("Lille", 50.629, 3.057, "1940-07-01", "Germany", SKIP),
    ("Soissons", 49.381, 3.323, "1918-06-15", "Germany", SKIP),  # 29 May-2 Aug 1918
    ("Brussels", 50.850, 4.352, "1918-06-01", "Germany", SKIP),
    ("Brussels", 50.850, 4.352, "1919-06-01", "Belgium", SKIP),
    ("Brussels", 50.850, 4.352, "1940-06-01", "Germany", SKIP),
    ("Amsterdam", 52.370, 4.895, "1940-05-05", "Netherlands", SKIP),
    ("Amsterdam", 52.370, 4.895, "1940-05-20", "Germany", SKIP),
    ("Paris", 48.857, 2.352, "1939-09-01", "France", None),
    ("Paris", 48.857, 2.352, "1940-06-10", "France", SKIP),
    ("Paris", 48.857, 2.352, "1940-06-20", "Germany", SKIP),  # 14 Jun 1940
    ("Bordeaux", 44.838, -0.579, "1930-06-01", "France", SKIP),
    ("Bordeaux", 44.838, -0.579, "1940-08-01", "Germany", SKIP),  # occupied zone
    ("Vichy", 46.128, 3.426, "1940-08-01", "France", SKIP),
    ("Vichy", 46.128, 3.426, "1941-06-01", "France", SKIP),
    ("Nice", 43.710, 7.262, "1941-06-01", "France", SKIP),
    ("Menton", 43.790, 7.490, "1940-08-01", "Italy", SKIP),
    ("Ajaccio", 41.933, 8.733, "1941-06-01", "France", SKIP),
    ("St Helier", 49.192, -2.098, "1940-08-01", "Germany", SKIP),  # 1 Jul 1940
    ("London", 51.507, -0.128, "1940-09-15", "United Kingdom", SKIP),
    ("Dublin", 53.350, -6.260, "1918-06-01", "United Kingdom", SKIP),
    ("Dublin", 53.350, -6.260, "1925-06-01", "Ireland", SKIP),
    ("Belfast", 54.597, -5.930, "1925-06-01", "United Kingdom", SKIP),
    ("Madrid", 40.417, -3.704, "1937-06-01", "Spain", SKIP),
    ("Lisbon", 38.722, -9.139, "1930-06-01", "Portugal", SKIP),
    ("Valletta", 35.899, 14.514, "1930-06-01", "United Kingdom", SKIP),
    ("Berlin", 52.520, 13.405, "1940-06-01", "Germany", None),
    ("Konigsberg", 54.710, 20.510, "1930-06-01", "Germany", SKIP),
    # --- quiet years ---------------------------------------------------
    ("Rijeka", 45.327, 14.442, "1924-06-01", "Italy", SKIP),  # annexed 16 Mar 1924
    ("Klaipeda", 55.712, 21.135, "1924-06-01", "Lithuania", SKIP),
    ("Warsaw", 52.230, 21.012, "1926-05-20", "Poland", SKIP),  # May coup, same state
    ("Lviv", 49.842, 24.032, "1926-06-01", "Poland", SKIP),
    ("Chisinau", 47.011, 28.863, "1927-06-01", "Romania", SKIP),
    ("Tallinn", 59.437, 24.754, "1927-06-01", "Estonia", SKIP),
    ("Tirana", 41.328, 19.819, "1928-06-01", "Albania", SKIP),
    ("Cluj", 46.770, 23.590, "1928-06-01", "Romania", SKIP),
    ("Bratislava", 48.148, 17.107, "1929-06-01", "Czechoslovakia", SKIP),
    ("Minsk", 53.902, 27.562, "1929-06-01", "Soviet Union", SKIP),
    ("Madrid", 40.417, -3.704, "1931-06-01", "Spain", SKIP),
    ("Riga", 56.949, 24.105, "1931-06-01", "Latvia", SKIP),
    ("Eupen", 50.628, 6.036, "1932-06-01", "Belgium", SKIP),
    ("Gdansk", 54.352, 18.646, "1932-06-01", "Free City of Danzig", SKIP),
    ("Berlin", 52.520, 13.405, "1933-06-01", "Germany", SKIP),
    ("Saarbrucken", 49.240, 6.997, "1933-06-01", "League of Nations", SKIP),
    ("Vienna", 48.208, 16.373, "1934-06-01", "Austria", SKIP),
    ("Kaunas", 54.898, 23.903, "1934-06-01", "Lithuania", SKIP),
    ("Cologne", 50.938, 6.960, "1936-03-10", "Germany", SKIP),  # remilitarised 7 Mar
    ("Madrid", 40.417, -3.704, "1936-10-01", "Spain", SKIP),  # zones not split
    ("Iskenderun", 36.587, 36.173, "1936-06-01", "France", SKIP),  # Sanjak of Alexandretta
]
# fmt: on

# A second batch, written (like the first) from the record and run once before
# any change it prompted: 140 of its 184 cases agreed at first. Sokal's case was
# wrong (corrected below); the others were fixed in the data.
# fmt: off
CASES_2: list[tuple[str, float, float, str, str, str | None]] = [
    ("Kharkiv", 49.994, 36.230, "1918-06-01", "Ukraine", SKIP),
    ("Odesa", 46.482, 30.723, "1918-06-01", "Ukraine", SKIP),
    ("Poltava", 49.589, 34.551, "1918-06-01", "Ukraine", SKIP),
    ("Polotsk", 55.486, 28.768, "1918-06-01", "Germany", SKIP),
    ("Lida", 53.887, 25.300, "1918-06-01", "Germany", SKIP),
    ("Liepaja", 56.505, 21.011, "1918-06-01", "Germany", SKIP),
    ("Tartu", 58.378, 26.729, "1918-06-01", "Germany", SKIP),
    ("Tampere", 61.498, 23.761, "1918-05-01", "Finland", SKIP),
    ("Krakow", 50.062, 19.938, "1918-06-01", "Austria-Hungary", SKIP),
    ("Sarajevo", 43.856, 18.413, "1918-06-01", "Austria-Hungary", SKIP),
    ("Cetinje", 42.390, 18.914, "1918-06-01", "Austria-Hungary", SKIP),
    ("Bitola", 41.031, 21.334, "1918-06-01", "Serbia", SKIP),  # Entente-held from 19 Nov 1916
    ("Constanta", 44.173, 28.600, "1918-06-01", "Germany", SKIP),
    ("Iasi", 47.158, 27.601, "1918-06-01", "Romania", SKIP),
    ("Metz", 49.119, 6.176, "1918-12-01", "France", SKIP),
    ("Mulhouse", 47.750, 7.336, "1918-06-01", "Germany", SKIP),
    ("Trento", 46.067, 11.121, "1918-06-01", "Austria-Hungary", SKIP),
    ("Trento", 46.067, 11.121, "1919-06-01", "Italy", SKIP),
    ("Jerusalem", 31.768, 35.214, "1918-06-01", "United Kingdom", SKIP),
    ("Damascus", 33.513, 36.292, "1919-06-01", "Arab Kingdom of Syria", SKIP),
    ("Beirut", 33.889, 35.495, "1919-06-01", "France", SKIP),
    ("Aleppo", 36.202, 37.134, "1918-06-01", "Ottoman Empire", SKIP),
    ("Yerevan", 40.179, 44.499, "1918-06-15", "Armenia", SKIP),
    ("Ganja", 40.683, 46.361, "1918-06-15", "Azerbaijan", SKIP),
    ("Stanislaviv", 48.922, 24.711, "1919-03-01", "West Ukraine", SKIP),
    ("Kolomyia", 48.531, 25.040, "1919-07-01", "Romania", SKIP),  # Romanian occupation of Pokuttya 24 May - 20 Aug 1919
    ("Kyiv", 50.450, 30.523, "1920-05-20", "Poland", SKIP),
    ("Zhytomyr", 50.254, 28.658, "1920-05-20", "Poland", SKIP),
    ("Minsk", 53.902, 27.562, "1920-03-01", "Poland", SKIP),
    ("Babruysk", 53.138, 29.221, "1919-10-01", "Poland", SKIP),
    ("Vilnius", 54.687, 25.280, "1920-10-20", "Central Lithuania", SKIP),
    ("Rezekne", 56.510, 27.333, "1920-03-01", "Latvia", SKIP),
    ("Arkhangelsk", 64.539, 40.520, "1919-06-01", "White movement", SKIP),
    ("Murmansk", 68.960, 33.080, "1919-06-01", "White movement", SKIP),
    ("Petrozavodsk", 61.785, 34.346, "1919-06-01", "Soviet Russia", SKIP),
    ("Samara", 53.195, 50.101, "1919-06-01", "Soviet Russia", SKIP),
    ("Voronezh", 51.661, 39.200, "1919-10-10", "White movement", SKIP),
    ("Orel", 52.967, 36.069, "1919-11-01", "Soviet Russia", SKIP),
    ("Kursk", 51.730, 36.193, "1919-12-01", "Soviet Russia", SKIP),
    ("Kyiv", 50.450, 30.523, "1919-12-20", "Soviet Russia", SKIP),
    ("Rostov", 47.236, 39.713, "1920-01-15", "Soviet Russia", SKIP),
    ("Novorossiysk", 44.723, 37.768, "1920-03-15", "White movement", SKIP),
    ("Simferopol", 44.952, 34.102, "1920-06-01", "White movement", SKIP),
    ("Odesa", 46.482, 30.723, "1920-01-15", "White movement", SKIP),
    ("Baku", 40.409, 49.867, "1919-06-01", "Azerbaijan", SKIP),
    ("Yerevan", 40.179, 44.499, "1920-06-01", "Armenia", SKIP),
    ("Kars", 40.602, 43.097, "1921-06-01", "Turkey", SKIP),
    ("Batumi", 41.636, 41.637, "1921-06-01", "Soviet Russia", SKIP),
    ("Izmir", 38.423, 27.143, "1922-08-01", "Greece", SKIP),
    ("Bursa", 40.183, 29.067, "1922-10-01", "Turkey", SKIP),
    ("Istanbul", 41.008, 28.978, "1921-06-01", "United Kingdom", SKIP),
    ("Eskisehir", 39.777, 30.520, "1921-09-01", "Greece", SKIP),
    ("Afyon", 38.757, 30.538, "1922-06-01", "Greece", SKIP),
    ("Vlore", 40.466, 19.489, "1920-06-01", "Italy", SKIP),  # Italian until 2-3 Sep 1920
    ("Tirana", 41.328, 19.819, "1920-06-01", "Albania", SKIP),
    ("Zadar", 44.125, 15.240, "1920-06-01", "Italy", SKIP),
    ("Sibenik", 43.735, 15.890, "1921-09-01", "Yugoslavia", SKIP),
    ("Klagenfurt", 46.624, 14.308, "1919-06-20", "Yugoslavia", SKIP),  # Yugoslav 6 Jun - 31 Jul 1919
    ("Maribor", 46.555, 15.646, "1918-12-15", "Yugoslavia", SKIP),
    ("Timisoara", 45.754, 21.226, "1919-06-01", "Yugoslavia", SKIP),  # Serbian-held until 3 Aug 1919
    ("Sopron", 47.685, 16.590, "1921-06-01", "Hungary", SKIP),
    ("Bratislava", 48.148, 17.107, "1919-06-20", "Czechoslovakia", SKIP),
    ("Uzhhorod", 48.621, 22.288, "1919-06-01", "Czechoslovakia", SKIP),
    ("Khotyn", 48.507, 26.492, "1919-06-01", "Romania", SKIP),
    ("Klaipeda", 55.712, 21.135, "1921-06-01", "France", SKIP),
    ("Essen", 51.456, 7.012, "1923-06-01", "France", SKIP),
    ("Dublin", 53.350, -6.260, "1922-06-01", "Ireland", SKIP),
    ("Reykjavik", 64.147, -21.942, "1930-06-01", "Iceland", SKIP),
    ("Graz", 47.071, 15.439, "1938-04-01", "Germany", SKIP),
    ("Salzburg", 47.809, 13.055, "1938-03-11", "Austria", SKIP),
    ("Karlovy Vary", 50.231, 12.872, "1938-10-20", "Germany", SKIP),
    ("Opava", 49.938, 17.902, "1938-10-20", "Germany", SKIP),
    ("Znojmo", 48.856, 16.049, "1938-10-20", "Germany", SKIP),
    ("Plzen", 49.738, 13.373, "1938-10-20", "Czechoslovakia", SKIP),
    ("Ostrava", 49.835, 18.292, "1938-10-20", "Czechoslovakia", SKIP),
    ("Ostrava", 49.835, 18.292, "1939-03-20", "Germany", SKIP),
    ("Karvina", 49.854, 18.542, "1938-10-20", "Poland", SKIP),
    ("Trinec", 49.677, 18.672, "1939-10-01", "Germany", SKIP),
    ("Nove Zamky", 47.986, 18.162, "1938-11-15", "Hungary", SKIP),
    ("Nitra", 48.307, 18.087, "1938-11-15", "Czechoslovakia", SKIP),
    ("Presov", 49.000, 21.240, "1939-04-01", "Slovakia", SKIP),
    ("Mukachevo", 48.440, 22.718, "1938-12-01", "Hungary", SKIP),
    ("Gdynia", 54.518, 18.531, "1939-09-10", "Poland", SKIP),
    ("Hel", 54.610, 18.816, "1939-09-25", "Poland", SKIP),
    ("Bydgoszcz", 53.123, 18.008, "1939-09-10", "Germany", SKIP),
    ("Torun", 53.013, 18.598, "1939-09-10", "Germany", SKIP),
    ("Lodz", 51.759, 19.456, "1939-09-12", "Germany", SKIP),
    ("Radom", 51.403, 21.147, "1939-09-12", "Germany", SKIP),
    ("Kielce", 50.866, 20.628, "1939-09-10", "Germany", SKIP),
    ("Lublin", 51.247, 22.568, "1939-09-15", "Poland", SKIP),
    ("Lublin", 51.247, 22.568, "1939-09-20", "Germany", SKIP),
    ("Modlin", 52.435, 20.717, "1939-09-25", "Poland", SKIP),
    ("Kock", 51.640, 22.447, "1939-10-03", "Poland", SKIP),  # Battle of Kock 2-5 Oct 1939
    ("Lviv", 49.842, 24.032, "1939-09-18", "Poland", SKIP),
    ("Ternopil", 49.553, 25.595, "1939-09-20", "Soviet Union", SKIP),
    ("Kovel", 51.215, 24.709, "1939-09-25", "Soviet Union", SKIP),
    ("Baranavichy", 53.132, 26.014, "1939-09-20", "Soviet Union", SKIP),
    ("Hrubieszow", 50.805, 23.890, "1939-10-15", "Germany", SKIP),
    ("Sokal", 50.481, 24.278, "1939-11-15", "Germany", SKIP),  # west bank of the Bug: German (the strip went to the USSR only in 1951)
    ("Jaroslaw", 50.016, 22.678, "1939-10-15", "Germany", SKIP),
    ("Vilnius", 54.687, 25.280, "1939-10-27", "Soviet Union", SKIP),
    ("Svencionys", 55.153, 26.162, "1940-01-15", "Soviet Union", SKIP),
    ("Druskininkai", 54.017, 23.973, "1940-01-15", "Soviet Union", SKIP),
    ("Hanko", 59.823, 22.968, "1940-03-25", "Soviet Union", SKIP),
    ("Priozersk", 61.033, 30.117, "1940-06-01", "Soviet Union", SKIP),
    ("Zelenogorsk", 60.205, 29.709, "1939-12-10", "Soviet Union", SKIP),
    ("Suomussalmi", 64.886, 28.910, "1940-01-15", "Finland", SKIP),
    ("Kuusamo", 65.964, 29.189, "1940-06-01", "Finland", SKIP),
    ("Bergen", 60.392, 5.324, "1940-05-01", "Germany", SKIP),
    ("Kristiansand", 58.147, 7.996, "1940-04-15", "Germany", SKIP),
    ("Bodo", 67.278, 14.417, "1940-05-15", "Norway", SKIP),
    ("Mo i Rana", 66.313, 14.142, "1940-05-20", "Germany", SKIP),
    ("Aalborg", 57.048, 9.919, "1940-04-15", "Germany", SKIP),
    ("The Hague", 52.078, 4.300, "1940-05-20", "Germany", SKIP),
    ("Antwerp", 51.219, 4.402, "1940-05-20", "Germany", SKIP),
    ("Ghent", 51.054, 3.717, "1940-05-21", "Belgium", SKIP),  # Belgian army on the Scheldt and the Lys
    ("Ostend", 51.215, 2.920, "1940-05-25", "Belgium", SKIP),
    ("Dunkirk", 51.034, 2.377, "1940-06-01", "France", SKIP),  # perimeter held until 4 Jun 1940
    ("Calais", 50.951, 1.858, "1940-05-22", "France", SKIP),  # fell 26 May 1940
    ("Amiens", 49.894, 2.296, "1940-05-25", "Germany", SKIP),
    ("Reims", 49.258, 4.032, "1940-06-15", "Germany", SKIP),
    ("Paris", 48.857, 2.352, "1940-06-13", "France", SKIP),
    ("Orleans", 47.903, 1.909, "1940-06-20", "Germany", SKIP),
    ("Lyon", 45.764, 4.836, "1940-06-22", "Germany", SKIP),  # occupied 20 Jun - 7 Jul 1940
    ("Tours", 47.394, 0.685, "1940-07-01", "Germany", SKIP),
    ("Limoges", 45.834, 1.262, "1940-07-01", "France", SKIP),
    ("Marseille", 43.296, 5.370, "1940-07-01", "France", SKIP),
    ("Toulouse", 43.605, 1.444, "1941-06-01", "France", SKIP),
    ("Metz", 49.119, 6.176, "1940-08-01", "Germany", SKIP),
    ("Geneva", 46.204, 6.143, "1941-06-01", "Switzerland", SKIP),
    ("Belgrade", 44.787, 20.457, "1941-04-14", "Germany", SKIP),
    ("Zagreb", 45.815, 15.982, "1941-04-12", "Croatia", SKIP),
    ("Ljubljana", 46.057, 14.506, "1941-04-13", "Italy", SKIP),
    ("Maribor", 46.555, 15.646, "1941-04-12", "Germany", SKIP),
    ("Subotica", 46.100, 19.667, "1941-04-15", "Hungary", SKIP),
    ("Kotor", 42.425, 18.771, "1941-06-01", "Italy", SKIP),
    ("Dubrovnik", 42.650, 18.094, "1941-06-01", "Croatia", SKIP),
    ("Mostar", 43.343, 17.808, "1941-06-01", "Croatia", SKIP),
    ("Nis", 43.321, 21.896, "1941-06-01", "Germany", SKIP),
    ("Pirot", 43.153, 22.586, "1941-06-01", "Bulgaria", SKIP),  # Bulgarian from 19 Apr 1941
    ("Bitola", 41.031, 21.334, "1941-06-01", "Bulgaria", SKIP),
    ("Prizren", 42.215, 20.740, "1941-06-01", "Italy", SKIP),
    ("Mitrovica", 42.891, 20.866, "1941-06-01", "Germany", SKIP),  # German zone of Kosovo
    ("Ioannina", 39.665, 20.853, "1941-06-01", "Italy", SKIP),
    ("Larissa", 39.639, 22.419, "1941-06-01", "Italy", SKIP),
    ("Drama", 41.151, 24.147, "1941-06-01", "Bulgaria", SKIP),
    ("Chania", 35.514, 24.018, "1941-07-01", "Germany", SKIP),
    ("Mytilene", 39.107, 26.555, "1941-07-01", "Germany", SKIP),  # German from 4 May 1941
    ("Izmail", 45.351, 28.837, "1941-08-01", "Romania", SKIP),
    ("Kherson", 46.642, 32.611, "1941-08-25", "Germany", SKIP),
    ("Uman", 48.749, 30.222, "1941-08-05", "Germany", SKIP),
    ("Poltava", 49.589, 34.551, "1941-09-20", "Germany", SKIP),
    ("Tula", 54.193, 37.617, "1941-12-01", "Soviet Union", SKIP),
    ("Kaluga", 54.513, 36.261, "1941-11-01", "Germany", SKIP),
    ("Mozhaysk", 55.507, 36.024, "1941-10-20", "Germany", SKIP),
    ("Volokolamsk", 56.036, 35.959, "1941-11-01", "Germany", SKIP),
    ("Istra", 55.915, 36.860, "1941-12-05", "Germany", SKIP),
    ("Taganrog", 47.209, 38.924, "1941-10-20", "Germany", SKIP),
    ("Kerch", 45.357, 36.468, "1941-11-20", "Germany", SKIP),
    ("Feodosia", 45.031, 35.382, "1941-11-10", "Germany", SKIP),
    ("Staraya Russa", 57.990, 31.355, "1941-09-01", "Germany", SKIP),
    ("Luga", 58.737, 29.846, "1941-09-01", "Germany", SKIP),
    ("Pushkin", 59.714, 30.396, "1941-09-25", "Germany", SKIP),
    ("Oranienbaum", 59.916, 29.770, "1941-12-01", "Soviet Union", SKIP),
    ("Olonets", 60.985, 32.970, "1941-09-10", "Finland", SKIP),
    ("Murmansk", 68.960, 33.080, "1941-12-01", "Soviet Union", SKIP),
    ("Parnu", 58.385, 24.497, "1941-07-10", "Germany", SKIP),
    ("Siauliai", 55.934, 23.314, "1941-06-28", "Germany", SKIP),
    ("Liepaja", 56.505, 21.011, "1941-07-01", "Germany", SKIP),
    ("Rezekne", 56.510, 27.333, "1941-07-05", "Germany", SKIP),
    ("Polotsk", 55.486, 28.768, "1941-07-20", "Germany", SKIP),
    ("Orsha", 54.509, 30.426, "1941-07-20", "Germany", SKIP),
    ("Bobruisk", 53.138, 29.221, "1941-07-05", "Germany", SKIP),
    ("Baranavichy", 53.132, 26.014, "1941-07-01", "Germany", SKIP),
    ("Kovel", 51.215, 24.709, "1941-07-01", "Germany", SKIP),
    ("Kaunas", 54.898, 23.903, "1941-06-25", "Germany", SKIP),
    ("Vilnius", 54.687, 25.280, "1941-06-25", "Germany", SKIP),
    ("Grodno", 53.678, 23.830, "1941-06-25", "Germany", SKIP),
    ("Brest", 52.097, 23.734, "1941-06-23", "Germany", SKIP),
    ("Bialystok", 53.132, 23.169, "1941-06-26", "Soviet Union", SKIP),
    ("Ankara", 39.933, 32.860, "1941-06-01", "Turkey", SKIP),
    ("Antakya", 36.202, 36.160, "1939-08-01", "Turkey", SKIP),
    ("Cairo", 30.044, 31.236, "1941-06-01", "Egypt", SKIP),
    ("Nicosia", 35.186, 33.382, "1941-06-01", "United Kingdom", SKIP),
]
# fmt: on

# A third batch, written the same way after the fixes the second one prompted:
# 128 of its 152 cases agreed at first; the other 24 were fixed in the data
# (one, Liepāja, only needed its point moved off the coastline).
# fmt: off
CASES_3: list[tuple[str, float, float, str, str, str | None]] = [
    ("Vilnius", 54.687, 25.280, "1922-03-01", "Central Lithuania", SKIP),
    ("Vilnius", 54.687, 25.280, "1922-04-15", "Poland", SKIP),
    ("Vilnius", 54.687, 25.280, "1939-10-29", "Lithuania", SKIP),
    ("Vilnius", 54.687, 25.280, "1940-06-16", "Soviet Union", SKIP),
    ("Kaunas", 54.898, 23.903, "1940-06-14", "Lithuania", SKIP),
    ("Kaunas", 54.898, 23.903, "1940-06-16", "Soviet Union", SKIP),
    ("Tallinn", 59.437, 24.754, "1940-06-16", "Estonia", SKIP),
    ("Tallinn", 59.437, 24.754, "1940-06-18", "Soviet Union", SKIP),
    ("Riga", 56.949, 24.105, "1940-06-16", "Latvia", SKIP),
    ("Riga", 56.949, 24.105, "1940-06-18", "Soviet Union", SKIP),
    ("Klaipeda", 55.712, 21.135, "1923-01-10", "France", SKIP),
    ("Klaipeda", 55.712, 21.135, "1923-01-20", "Lithuania", SKIP),
    ("Gdansk", 54.352, 18.646, "1920-12-01", "Free City of Danzig", SKIP),
    ("Gdynia", 54.518, 18.531, "1939-09-20", "Germany", SKIP),
    ("Katowice", 50.264, 19.024, "1922-07-01", "Poland", SKIP),
    ("Cieszyn", 49.750, 18.633, "1938-10-05", "Poland", SKIP),
    ("Cesky Tesin", 49.746, 18.623, "1939-03-20", "Poland", SKIP),
    ("Bratislava", 48.148, 17.107, "1939-03-13", "Czechoslovakia", SKIP),
    ("Bratislava", 48.148, 17.107, "1939-03-15", "Slovakia", SKIP),
    ("Kosice", 48.716, 21.261, "1939-03-20", "Hungary", SKIP),
    ("Uzhhorod", 48.621, 22.288, "1939-06-01", "Hungary", SKIP),
    ("Khust", 48.170, 23.289, "1939-03-14", "Czechoslovakia", SKIP),
    ("Khust", 48.170, 23.289, "1939-03-18", "Hungary", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1940-06-27", "Romania", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1940-06-29", "Soviet Union", SKIP),
    ("Chisinau", 47.011, 28.863, "1940-06-27", "Romania", SKIP),
    ("Chisinau", 47.011, 28.863, "1940-06-29", "Soviet Union", SKIP),
    ("Cluj", 46.770, 23.590, "1940-09-10", "Romania", SKIP),  # Hungarian troops entered Cluj on 11 Sep 1940
    ("Cluj", 46.770, 23.590, "1940-09-12", "Hungary", SKIP),
    ("Oradea", 47.072, 21.921, "1940-09-04", "Romania", SKIP),
    ("Oradea", 47.072, 21.921, "1940-09-07", "Hungary", SKIP),
    ("Dobrich", 43.567, 27.828, "1940-09-15", "Romania", SKIP),  # Bulgarian troops entered from 21 Sep 1940
    ("Balchik", 43.407, 28.163, "1940-10-15", "Bulgaria", SKIP),
    ("Silistra", 44.117, 27.261, "1930-06-01", "Romania", SKIP),
    ("Tiraspol", 46.840, 29.643, "1941-08-25", "Romania", SKIP),
    ("Odesa", 46.482, 30.723, "1941-10-17", "Romania", SKIP),
    ("Mykolaiv", 46.975, 31.995, "1941-10-01", "Germany", SKIP),
    ("Sevastopol", 44.608, 33.525, "1941-11-15", "Soviet Union", SKIP),
    ("Yalta", 44.495, 34.166, "1941-11-15", "Germany", SKIP),
    ("Kerch", 45.357, 36.468, "1941-12-31", "Soviet Union", SKIP),
    ("Feodosia", 45.031, 35.382, "1941-12-31", "Soviet Union", SKIP),
    ("Rostov", 47.236, 39.713, "1941-12-01", "Soviet Union", SKIP),
    ("Kalinin", 56.859, 35.912, "1941-12-17", "Soviet Union", SKIP),
    ("Tikhvin", 59.645, 33.514, "1941-12-10", "Soviet Union", SKIP),
    ("Yelets", 52.620, 38.500, "1941-12-12", "Soviet Union", SKIP),
    ("Kaluga", 54.513, 36.261, "1941-12-31", "Soviet Union", SKIP),
    ("Leningrad", 59.934, 30.335, "1941-09-20", "Soviet Union", SKIP),
    ("Vyborg", 60.710, 28.749, "1941-08-28", "Soviet Union", SKIP),
    ("Vyborg", 60.710, 28.749, "1941-08-30", "Finland", SKIP),
    ("Sortavala", 61.703, 30.691, "1941-08-15", "Soviet Union", SKIP),
    ("Sortavala", 61.703, 30.691, "1941-08-17", "Finland", SKIP),
    ("Hanko", 59.823, 22.968, "1941-12-01", "Soviet Union", SKIP),
    ("Hanko", 59.823, 22.968, "1941-12-04", "Finland", SKIP),
    ("Terijoki", 60.197, 29.720, "1939-11-29", "Finland", SKIP),
    ("Helsinki", 60.170, 24.938, "1939-12-15", "Finland", SKIP),
    ("Oslo", 59.913, 10.752, "1940-04-08", "Norway", SKIP),
    ("Trondheim", 63.430, 10.395, "1940-04-10", "Germany", SKIP),
    ("Copenhagen", 55.680, 12.559, "1940-04-09", "Germany", SKIP),
    ("Ronne", 55.100, 14.720, "1940-04-15", "Germany", SKIP),
    ("Torshavn", 62.009, -6.790, "1940-04-11", "Denmark", SKIP),
    ("Reykjavik", 64.140, -21.900, "1940-05-09", "Iceland", SKIP),
    ("Reykjavik", 64.140, -21.900, "1940-05-11", "United Kingdom", SKIP),
    ("Luxembourg", 49.612, 6.130, "1940-05-09", "Luxembourg", SKIP),
    ("Luxembourg", 49.612, 6.130, "1940-05-11", "Germany", SKIP),
    ("Brussels", 50.850, 4.352, "1940-05-16", "Belgium", SKIP),
    ("Brussels", 50.850, 4.352, "1940-05-18", "Germany", SKIP),
    ("Liege", 50.633, 5.567, "1940-05-15", "Germany", SKIP),
    ("Maastricht", 50.851, 5.691, "1940-05-12", "Germany", SKIP),  # taken 10 May 1940
    ("Arnhem", 51.985, 5.899, "1940-05-12", "Germany", SKIP),
    ("Groningen", 53.219, 6.567, "1940-05-12", "Germany", SKIP),
    ("Sedan", 49.702, 4.940, "1940-05-15", "Germany", SKIP),
    ("Abbeville", 50.106, 1.834, "1940-05-21", "Germany", SKIP),
    ("Boulogne", 50.726, 1.614, "1940-05-24", "France", SKIP),
    ("Arras", 50.291, 2.777, "1940-05-22", "France", SKIP),  # held by the British to 23-24 May 1940
    ("Rouen", 49.443, 1.099, "1940-06-12", "Germany", SKIP),  # taken 9 Jun 1940
    ("Le Havre", 49.494, 0.108, "1940-06-15", "Germany", SKIP),
    ("Verdun", 49.160, 5.384, "1940-06-16", "Germany", SKIP),
    ("Dijon", 47.322, 5.041, "1940-06-18", "Germany", SKIP),
    ("Nancy", 48.692, 6.184, "1940-06-19", "Germany", SKIP),
    ("Rennes", 48.117, -1.678, "1940-06-19", "Germany", SKIP),
    ("Brest-FR", 48.390, -4.486, "1940-06-20", "Germany", SKIP),
    ("Nantes", 47.218, -1.554, "1940-06-21", "Germany", SKIP),
    ("Bordeaux", 44.838, -0.579, "1940-06-24", "France", SKIP),
    ("Bordeaux", 44.838, -0.579, "1940-07-05", "Germany", SKIP),
    ("Clermont-Ferrand", 45.778, 3.087, "1940-07-15", "France", SKIP),
    ("Grenoble", 45.188, 5.724, "1940-06-24", "France", SKIP),
    ("Nice", 43.710, 7.262, "1940-07-01", "France", SKIP),
    ("St Peter Port", 49.455, -2.560, "1940-07-05", "Germany", SKIP),
    ("Belfast", 54.597, -5.930, "1941-06-01", "United Kingdom", SKIP),
    ("Dublin", 53.350, -6.260, "1941-06-01", "Ireland", SKIP),
    ("Andorra", 42.507, 1.522, "1930-06-01", "Andorra", SKIP),
    ("Madrid", 40.417, -3.704, "1939-01-01", "Spain", SKIP),
    ("Rome", 41.903, 12.496, "1941-06-01", "Italy", SKIP),
    ("Trieste", 45.650, 13.777, "1941-06-01", "Italy", SKIP),
    ("Pula", 44.867, 13.850, "1930-06-01", "Italy", SKIP),
    ("Rijeka", 45.327, 14.442, "1941-06-01", "Italy", SKIP),
    ("Zagreb", 45.815, 15.982, "1941-04-09", "Yugoslavia", SKIP),
    ("Belgrade", 44.787, 20.457, "1941-04-11", "Yugoslavia", SKIP),
    ("Skopje", 41.997, 21.428, "1941-04-10", "Germany", SKIP),  # German from 7 Apr, Bulgarian from 19 Apr 1941
    ("Nis", 43.321, 21.896, "1941-04-11", "Germany", SKIP),
    ("Novi Sad", 45.267, 19.833, "1941-04-14", "Hungary", SKIP),
    ("Sarajevo", 43.856, 18.413, "1941-04-20", "Croatia", SKIP),
    ("Podgorica", 42.441, 19.263, "1941-04-20", "Italy", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1941-04-08", "Greece", SKIP),
    ("Larissa", 39.639, 22.419, "1941-04-22", "Germany", SKIP),  # German from 19 Apr 1941
    ("Athens", 37.984, 23.728, "1941-04-26", "Greece", SKIP),
    ("Heraklion", 35.339, 25.144, "1941-05-25", "Greece", SKIP),
    ("Korce", 40.618, 20.781, "1941-04-25", "Italy", SKIP),
    ("Sofia", 42.698, 23.322, "1941-06-01", "Bulgaria", SKIP),
    ("Edirne", 41.677, 26.556, "1941-06-01", "Turkey", SKIP),
    ("Izmir", 38.423, 27.143, "1919-05-10", "Ottoman Empire", SKIP),
    ("Izmir", 38.423, 27.143, "1919-05-20", "Greece", SKIP),
    ("Ankara", 39.933, 32.860, "1923-06-01", "Turkey", SKIP),
    ("Kars", 40.602, 43.097, "1920-11-05", "Turkey", SKIP),
    ("Gyumri", 40.785, 43.841, "1920-11-20", "Turkey", SKIP),  # Turkish 7 Nov 1920 - 22 Apr 1921
    ("Yerevan", 40.179, 44.499, "1920-12-10", "Soviet Russia", SKIP),
    ("Tbilisi", 41.716, 44.783, "1921-02-20", "Georgia", SKIP),
    ("Tbilisi", 41.716, 44.783, "1921-03-01", "Soviet Russia", SKIP),
    ("Baku", 40.409, 49.867, "1920-04-20", "Azerbaijan", SKIP),
    ("Baku", 40.409, 49.867, "1920-05-01", "Soviet Russia", SKIP),
    ("Sukhumi", 43.000, 41.020, "1919-06-01", "Georgia", SKIP),
    ("Makhachkala", 42.980, 47.500, "1919-08-01", "White movement", SKIP),
    ("Grozny", 43.318, 45.694, "1919-08-01", "White movement", SKIP),
    ("Astrakhan", 46.350, 48.035, "1919-08-01", "Soviet Russia", SKIP),
    ("Saratov", 51.533, 46.034, "1919-08-01", "Soviet Russia", SKIP),
    ("Perm", 58.010, 56.250, "1919-03-01", "White movement", SKIP),
    ("Izhevsk", 56.853, 53.212, "1918-10-01", "White movement", SKIP),
    ("Nizhny Novgorod", 56.327, 44.006, "1919-06-01", "Soviet Russia", SKIP),
    ("Petrograd", 59.934, 30.335, "1919-10-20", "Soviet Russia", SKIP),
    ("Gatchina", 59.565, 30.128, "1919-10-25", "White movement", SKIP),  # Yudenich 16 Oct - 3 Nov 1919
    ("Narva", 59.377, 28.190, "1919-01-10", "Soviet Russia", SKIP),
    ("Tartu", 58.378, 26.729, "1919-01-10", "Soviet Russia", SKIP),
    ("Riga", 56.949, 24.105, "1919-03-01", "Soviet Russia", SKIP),
    ("Riga", 56.949, 24.105, "1919-08-01", "Latvia", SKIP),
    ("Liepaja", 56.505, 21.011, "1919-03-01", "Latvia", SKIP),
    ("Kaunas", 54.898, 23.903, "1919-02-01", "Lithuania", SKIP),
    ("Siauliai", 55.934, 23.314, "1919-02-01", "Soviet Russia", SKIP),
    ("Grodno", 53.678, 23.830, "1919-03-15", "Germany", SKIP),  # German garrison to 28 Apr 1919
    ("Bialystok", 53.132, 23.169, "1919-02-25", "Poland", SKIP),
    ("Brest", 52.097, 23.734, "1919-02-15", "Poland", SKIP),
    ("Pinsk", 52.115, 26.103, "1919-03-10", "Poland", SKIP),
    ("Baranavichy", 53.132, 26.014, "1919-06-01", "Poland", SKIP),
    ("Minsk", 53.902, 27.562, "1919-07-01", "Soviet Russia", SKIP),
    ("Lida", 53.887, 25.300, "1919-04-25", "Poland", SKIP),
    ("Vilnius", 54.687, 25.280, "1920-07-20", "Soviet Russia", SKIP),
    ("Warsaw", 52.230, 21.012, "1920-08-14", "Poland", SKIP),
    ("Ciechanow", 52.881, 20.620, "1920-08-14", "Soviet Russia", SKIP),
    ("Bialystok", 53.132, 23.169, "1920-08-20", "Soviet Russia", SKIP),
    ("Lomza", 53.178, 22.059, "1920-08-15", "Soviet Russia", SKIP),
    ("Lviv", 49.842, 24.032, "1920-08-20", "Poland", SKIP),
    ("Zamosc", 50.723, 23.252, "1920-08-31", "Poland", SKIP),
    ("Kyiv", 50.450, 30.523, "1920-06-20", "Soviet Russia", SKIP),
]
# fmt: on

# A fourth batch (with spheres), written after the third round of fixes:
# 151 of its 172 cases agreed at first. Three are known limits of the data
# (see KNOWN_LIMITS); the rest were fixed in the data or, for Kos and
# Hammerfest, only needed their points moved off the coastline.
# fmt: off
CASES_4: list[tuple[str, float, float, str, str, str | None]] = [
    ("Tartu", 58.378, 26.729, "1939-09-01", "Estonia", "Soviet Union"),
    ("Daugavpils", 55.875, 26.536, "1939-09-01", "Latvia", "Soviet Union"),
    ("Siauliai", 55.934, 23.314, "1939-09-01", "Lithuania", "Germany"),
    ("Siauliai", 55.934, 23.314, "1939-10-15", "Lithuania", "Soviet Union"),
    ("Marijampole", 54.560, 23.350, "1940-06-01", "Lithuania", "Germany"),
    ("Marijampole", 54.560, 23.350, "1940-08-01", "Soviet Union", "Germany"),  # the strip stayed in the German sphere until sold on 10 Jan 1941
    ("Balti", 47.762, 27.929, "1940-03-01", "Romania", "Soviet Union"),
    ("Izmail", 45.351, 28.837, "1940-03-01", "Romania", "Soviet Union"),
    ("Rivne", 50.620, 26.252, "1939-08-25", "Poland", "Soviet Union"),
    ("Vyborg", 60.710, 28.749, "1939-10-01", "Finland", "Soviet Union"),
    ("Turku", 60.452, 22.267, "1940-06-01", "Finland", "Soviet Union"),
    ("Oslo", 59.913, 10.752, "1939-10-01", "Norway", None),
    ("Sofia", 42.698, 23.322, "1940-01-01", "Bulgaria", None),
    ("Bialystok", 53.132, 23.169, "1939-09-05", "Poland", "Soviet Union"),
    ("Grodno", 53.678, 23.830, "1939-08-25", "Poland", "Soviet Union"),
    ("Helsinki", 60.170, 24.938, "1941-06-25", "Finland", None),
    ("Sevastopol", 44.608, 33.525, "1918-06-01", "Germany", SKIP),
    ("Kerch", 45.357, 36.468, "1918-06-01", "Germany", SKIP),
    ("Rostov", 47.236, 39.713, "1918-06-01", "Germany", SKIP),  # German occupation May - Dec 1918
    ("Kharkiv", 49.994, 36.230, "1918-03-10", "Soviet Russia", SKIP),
    ("Kyiv", 50.450, 30.523, "1918-12-20", "Ukraine", SKIP),
    ("Kyiv", 50.450, 30.523, "1919-02-10", "Soviet Russia", SKIP),
    ("Poltava", 49.589, 34.551, "1919-03-01", "Soviet Russia", SKIP),
    ("Mykolaiv", 46.975, 31.995, "1918-06-01", "Ukraine", SKIP),
    ("Minsk", 53.902, 27.562, "1918-12-20", "Soviet Russia", SKIP),
    ("Vitebsk", 55.184, 30.202, "1919-06-01", "Soviet Russia", SKIP),
    ("Pskov", 57.819, 28.332, "1918-12-01", "Soviet Russia", SKIP),
    ("Tallinn", 59.437, 24.754, "1918-11-20", "Estonia", SKIP),
    ("Riga", 56.949, 24.105, "1918-12-15", "Latvia", SKIP),
    ("Kaunas", 54.898, 23.903, "1918-12-15", "Lithuania", SKIP),
    ("Warsaw", 52.230, 21.012, "1918-11-15", "Poland", SKIP),
    ("Lublin", 51.247, 22.568, "1918-11-10", "Poland", SKIP),
    ("Poznan", 52.406, 16.925, "1918-12-01", "Germany", SKIP),
    ("Gdansk", 54.352, 18.646, "1919-06-01", "Germany", SKIP),
    ("Vienna", 48.208, 16.373, "1918-11-20", "Austria", SKIP),
    ("Prague", 50.075, 14.437, "1918-10-30", "Czechoslovakia", SKIP),
    ("Budapest", 47.498, 19.040, "1918-11-20", "Hungary", SKIP),
    ("Zagreb", 45.815, 15.982, "1918-11-05", "State of Slovenes, Croats and Serbs", SKIP),
    ("Sarajevo", 43.856, 18.413, "1918-11-15", "State of Slovenes, Croats and Serbs", SKIP),
    ("Novi Sad", 45.267, 19.833, "1918-11-20", "Serbia", SKIP),
    ("Cetinje", 42.390, 18.914, "1918-11-20", "Serbia", SKIP),
    ("Skopje", 41.997, 21.428, "1918-10-15", "Serbia", SKIP),
    ("Bitola", 41.031, 21.334, "1918-10-15", "Serbia", SKIP),
    ("Sofia", 42.698, 23.322, "1918-10-15", "Bulgaria", SKIP),
    ("Bucharest", 44.427, 26.103, "1918-12-05", "Romania", SKIP),
    ("Constanta", 44.173, 28.600, "1918-12-05", "Romania", SKIP),
    ("Cieszyn", 49.750, 18.633, "1918-12-01", "Poland", SKIP),
    ("Trieste", 45.650, 13.777, "1918-11-10", "Italy", SKIP),
    ("Innsbruck", 47.269, 11.404, "1918-06-01", "Austria-Hungary", SKIP),
    ("Bolzano", 46.498, 11.354, "1918-11-15", "Italy", SKIP),
    ("Udine", 46.071, 13.235, "1918-11-10", "Italy", SKIP),
    ("Strasbourg", 48.573, 7.752, "1918-11-15", "Germany", SKIP),
    ("Metz", 49.119, 6.176, "1918-11-15", "Germany", SKIP),
    ("Lille", 50.629, 3.057, "1918-10-10", "Germany", SKIP),  # liberated 17 Oct 1918
    ("Cambrai", 50.176, 3.235, "1918-10-05", "Germany", SKIP),  # taken 8-9 Oct 1918
    ("Laon", 49.564, 3.620, "1918-10-10", "Germany", SKIP),  # liberated 13 Oct 1918
    ("Saint-Quentin", 49.848, 3.287, "1918-10-05", "France", SKIP),
    ("Mons", 50.454, 3.952, "1918-11-12", "Belgium", SKIP),  # Canadian Corps in Mons on 11 Nov 1918
    ("Ghent", 51.054, 3.717, "1918-11-12", "Belgium", SKIP),
    ("Luxembourg", 49.612, 6.130, "1918-11-25", "Luxembourg", SKIP),
    ("Malmedy", 50.426, 6.028, "1925-06-01", "Belgium", SKIP),
    ("Tonder", 54.933, 8.867, "1920-08-01", "Denmark", SKIP),
    ("Flensburg", 54.794, 9.436, "1920-08-01", "Germany", SKIP),
    ("Klaipeda", 55.712, 21.135, "1920-03-01", "France", SKIP),
    ("Ostrava", 49.835, 18.292, "1919-06-01", "Czechoslovakia", SKIP),
    ("Satu Mare", 47.790, 22.885, "1919-05-01", "Romania", SKIP),
    ("Tsaritsyn", 48.708, 44.513, "1920-01-10", "Soviet Russia", SKIP),
    ("Kharkiv", 49.994, 36.230, "1919-12-20", "Soviet Russia", SKIP),
    ("Krasnodar", 45.035, 38.975, "1920-03-20", "Soviet Russia", SKIP),  # Ekaterinodar taken by the Red Army 17 Mar 1920
    ("Novorossiysk", 44.723, 37.768, "1920-03-28", "Soviet Russia", SKIP),
    ("Melitopol", 46.849, 35.367, "1920-08-01", "White movement", SKIP),
    ("Simferopol", 44.952, 34.102, "1920-11-20", "Soviet Russia", SKIP),
    ("Tbilisi", 41.716, 44.783, "1918-07-01", "Georgia", SKIP),
    ("Kars", 40.602, 43.097, "1918-03-10", "Transcaucasia", SKIP),
    ("Trabzon", 41.005, 39.726, "1918-03-10", "Ottoman Empire", SKIP),
    ("Van", 38.501, 43.373, "1918-06-01", "Ottoman Empire", SKIP),
    ("Aleppo", 36.202, 37.134, "1920-06-01", "Arab Kingdom of Syria", SKIP),
    ("Aleppo", 36.202, 37.134, "1920-09-01", "France", SKIP),
    ("Beirut", 33.889, 35.495, "1918-06-01", "Ottoman Empire", SKIP),
    ("Haifa", 32.794, 34.990, "1918-06-01", "Ottoman Empire", SKIP),
    ("Jaffa", 32.050, 34.760, "1918-06-01", "United Kingdom", SKIP),
    ("Amman", 31.955, 35.945, "1918-06-01", "Ottoman Empire", SKIP),
    ("Cairo", 30.044, 31.236, "1920-06-01", "United Kingdom", SKIP),
    ("Tunis", 36.806, 10.181, "1930-06-01", "France", SKIP),
    ("Algiers", 36.753, 3.058, "1930-06-01", "France", SKIP),
    ("Tripoli", 32.887, 13.191, "1930-06-01", "Italy", SKIP),
    ("Memel", 55.712, 21.135, "1935-06-01", "Lithuania", SKIP),
    ("Danzig", 54.352, 18.646, "1935-06-01", "Free City of Danzig", SKIP),
    ("Saarlouis", 49.313, 6.752, "1930-06-01", "League of Nations", SKIP),
    ("Vilnius", 54.687, 25.280, "1938-06-01", "Poland", SKIP),
    ("Karvina", 49.854, 18.542, "1930-06-01", "Czechoslovakia", SKIP),
    ("Subotica", 46.100, 19.667, "1930-06-01", "Yugoslavia", SKIP),
    ("Timisoara", 45.754, 21.226, "1930-06-01", "Romania", SKIP),
    ("Izmail", 45.351, 28.837, "1935-06-01", "Romania", SKIP),
    ("Kamianets-Podilskyi", 48.679, 26.585, "1930-06-01", "Soviet Union", SKIP),
    ("Polotsk", 55.486, 28.768, "1930-06-01", "Soviet Union", SKIP),
    ("Hlybokaye", 55.138, 27.684, "1930-06-01", "Poland", SKIP),
    ("Petsamo", 69.550, 31.200, "1935-06-01", "Finland", SKIP),
    ("Pytalovo", 57.067, 27.917, "1930-06-01", "Latvia", SKIP),
    ("Ivangorod", 59.370, 28.220, "1930-06-01", "Estonia", SKIP),
    ("Antakya", 36.202, 36.160, "1937-06-01", "France", SKIP),
    ("Kos", 36.862, 27.120, "1930-06-01", "Italy", SKIP),
    ("Dubrovnik", 42.650, 18.094, "1930-06-01", "Yugoslavia", SKIP),
    ("Shkoder", 42.068, 19.512, "1930-06-01", "Albania", SKIP),
    ("Strumica", 41.437, 22.643, "1930-06-01", "Yugoslavia", SKIP),
    ("Balchik", 43.407, 28.163, "1930-06-01", "Romania", SKIP),
    ("Merano", 46.669, 11.159, "1930-06-01", "Italy", SKIP),
    ("Hlucin", 49.897, 18.192, "1938-10-20", "Germany", SKIP),
    ("Cesky Krumlov", 48.811, 14.315, "1938-10-20", "Germany", SKIP),
    ("Ceske Budejovice", 48.975, 14.474, "1938-10-20", "Czechoslovakia", SKIP),
    ("Jihlava", 49.396, 15.591, "1938-10-20", "Czechoslovakia", SKIP),
    ("Lucenec", 48.331, 19.667, "1938-11-15", "Hungary", SKIP),
    ("Roznava", 48.661, 20.532, "1938-11-15", "Hungary", SKIP),
    ("Trnava", 48.377, 17.588, "1939-04-01", "Slovakia", SKIP),
    ("Poprad", 49.059, 20.297, "1940-06-01", "Slovakia", SKIP),
    ("Zakopane", 49.299, 19.949, "1940-06-01", "Germany", SKIP),
    ("Drohobych", 49.350, 23.505, "1940-06-01", "Soviet Union", SKIP),
    ("Chelm", 51.143, 23.472, "1940-06-01", "Germany", SKIP),
    ("Suwalki", 54.102, 22.930, "1940-06-01", "Germany", SKIP),
    ("Vilkaviskis", 54.650, 23.033, "1941-06-23", "Germany", SKIP),
    ("Taurage", 55.252, 22.290, "1941-06-23", "Germany", SKIP),
    ("Kedainiai", 55.289, 23.974, "1941-06-26", "Germany", SKIP),
    ("Panevezys", 55.738, 24.351, "1941-06-28", "Germany", SKIP),
    ("Jelgava", 56.651, 23.721, "1941-07-02", "Germany", SKIP),
    ("Tartu", 58.378, 26.729, "1941-07-30", "Germany", SKIP),
    ("Viljandi", 58.364, 25.590, "1941-07-30", "Germany", SKIP),  # fell c. 21-26 Jul 1941
    ("Kuressaare", 58.252, 22.485, "1941-09-20", "Soviet Union", SKIP),  # Saaremaa held until 5 Oct 1941
    ("Kingisepp", 59.373, 28.612, "1941-08-20", "Germany", SKIP),
    ("Nevel", 56.021, 29.925, "1941-07-20", "Germany", SKIP),
    ("Yelnya", 54.577, 33.177, "1941-08-01", "Germany", SKIP),  # taken 19 Jul 1941
    ("Yelnya", 54.577, 33.177, "1941-09-10", "Soviet Union", SKIP),  # retaken by the Red Army 6 Sep 1941
    ("Roslavl", 53.951, 32.864, "1941-08-05", "Germany", SKIP),
    ("Sumy", 50.907, 34.798, "1941-10-15", "Germany", SKIP),
    ("Kirovohrad", 48.508, 32.262, "1941-08-10", "Germany", SKIP),
    ("Kryvyi Rih", 47.910, 33.392, "1941-08-20", "Germany", SKIP),
    ("Zaporizhzhia", 47.838, 35.140, "1941-09-20", "Soviet Union", SKIP),
    ("Zaporizhzhia", 47.838, 35.140, "1941-10-10", "Germany", SKIP),
    ("Melitopol", 46.849, 35.367, "1941-10-10", "Germany", SKIP),
    ("Stalino", 48.016, 37.803, "1941-10-25", "Germany", SKIP),
    ("Kramatorsk", 48.723, 37.556, "1941-11-05", "Germany", SKIP),
    ("Luhansk", 48.574, 39.307, "1941-12-01", "Soviet Union", SKIP),
    ("Krasnodar", 45.035, 38.975, "1941-12-01", "Soviet Union", SKIP),
    ("Tallinn", 59.437, 24.754, "1941-08-27", "Soviet Union", SKIP),
    ("Kotka", 60.467, 26.946, "1941-06-01", "Finland", SKIP),
    ("Priozersk", 61.033, 30.117, "1941-08-25", "Finland", SKIP),  # Käkisalmi retaken 21 Aug 1941
    ("Medvezhyegorsk", 62.912, 34.456, "1941-12-10", "Finland", SKIP),
    ("Kandalaksha", 67.157, 32.412, "1941-12-01", "Soviet Union", SKIP),
    ("Kirkenes", 69.727, 30.045, "1941-06-01", "Germany", SKIP),
    ("Hammerfest", 70.661, 23.691, "1941-06-01", "Germany", SKIP),
    ("Sibenik", 43.735, 15.890, "1941-06-01", "Italy", SKIP),
    ("Karlovac", 45.487, 15.548, "1941-06-01", "Croatia", SKIP),
    ("Banja Luka", 44.772, 17.191, "1941-06-01", "Croatia", SKIP),
    ("Vukovar", 45.352, 19.000, "1941-06-01", "Croatia", SKIP),
    ("Zrenjanin", 45.381, 20.391, "1941-06-01", "Germany", SKIP),
    ("Kraljevo", 43.725, 20.689, "1941-10-01", "Germany", SKIP),
    ("Cetinje", 42.390, 18.914, "1941-06-01", "Italy", SKIP),
    ("Durres", 41.323, 19.445, "1941-06-01", "Italy", SKIP),
    ("Struga", 41.178, 20.678, "1941-06-01", "Italy", SKIP),
    ("Veria", 40.524, 22.202, "1941-06-01", "Germany", SKIP),
    ("Serres", 41.086, 23.548, "1941-06-01", "Bulgaria", SKIP),
    ("Xanthi", 41.135, 24.888, "1941-06-01", "Bulgaria", SKIP),
    ("Lamia", 38.899, 22.434, "1941-06-01", "Italy", SKIP),
    ("Patras", 38.246, 21.735, "1941-06-01", "Italy", SKIP),
    ("Kalamata", 37.039, 22.114, "1941-06-01", "Italy", SKIP),
    ("Rethymno", 35.366, 24.482, "1941-07-01", "Germany", SKIP),
    ("Agios Nikolaos", 35.190, 25.717, "1941-07-01", "Italy", SKIP),
    ("Samos", 37.755, 26.977, "1941-07-01", "Italy", SKIP),
    ("Damascus", 33.513, 36.292, "1941-05-01", "France", SKIP),
    ("Baghdad", 33.315, 44.366, "1941-05-10", "Iraq", SKIP),
    ("Barcelona", 41.385, 2.173, "1938-06-01", "Spain", SKIP),
    ("Vaduz", 47.141, 9.521, "1930-06-01", "Liechtenstein", SKIP),
    ("Andorra", 42.507, 1.522, "1941-06-01", "Andorra", SKIP),
]
# fmt: on

# A fifth batch (2026), written from the record before looking at the data for
# any of its cases (capitals on random dates, interwar border towns, the Baltic
# and Ukraine 1918-21, the Balkans and Caucasus 1918-23, North Africa, invasion
# days 1939-41 and Barbarossa towns day by day). First pass: 447 of 491 agreed
# (91.0 %). Of the 44 misses, 6 were the checks' fault (corrected below and
# marked "corrected"): a Rijeka point on the Sušak bank of the Rječina (3), the
# dataset's conventions for the Upper Silesian plebiscite area (the French-led
# Inter-Allied Commission) and for a sphere ending when its holder occupies the
# area (Lublin), and Smolensk on 15 Jul 1941 (the Germans broke in that day).
# 37 were fixed in the data (towns taken between two front snapshots: 23 in
# 1941, 5 in Poland 1939, Alsace 1940; the Norwegian-held interior of April
# 1940 (2); the Western Desert 1940-41 (3); the Anglo-Soviet occupation of Iran;
# Saint-Mihiel 1918; Silistra, where Natural Earth's border runs west of the
# town); one (Corinth, 28 Apr 1941) is a known limit (KNOWN_LIMITS).
# fmt: off
CASES_5: list[tuple[str, float, float, str, str, str | None]] = [
    # --- capitals on random dates ------------------------------------------
    ("Warsaw", 52.230, 21.011, "1918-05-14", "Germany", SKIP),  # Government-General of Warsaw
    ("Warsaw", 52.230, 21.011, "1918-11-20", "Poland", SKIP),
    ("Warsaw", 52.230, 21.011, "1920-08-14", "Poland", SKIP),  # Battle of Warsaw, never taken
    ("Warsaw", 52.230, 21.011, "1927-02-11", "Poland", None),
    ("Warsaw", 52.230, 21.011, "1939-09-25", "Poland", SKIP),  # besieged; capitulated 28 Sep
    ("Warsaw", 52.230, 21.011, "1939-10-03", "Germany", SKIP),
    ("Berlin", 52.520, 13.405, "1919-01-10", "Germany", None),
    ("Berlin", 52.520, 13.405, "1941-07-07", "Germany", None),
    ("Vienna", 48.208, 16.373, "1918-07-02", "Austria-Hungary", SKIP),
    ("Vienna", 48.208, 16.373, "1921-04-18", "Austria", SKIP),
    ("Vienna", 48.208, 16.373, "1938-03-11", "Austria", SKIP),
    ("Vienna", 48.208, 16.373, "1938-03-15", "Germany", SKIP),  # Anschluss 12/13 Mar 1938
    ("Prague", 50.088, 14.420, "1918-09-30", "Austria-Hungary", SKIP),
    ("Prague", 50.088, 14.420, "1918-11-02", "Czechoslovakia", SKIP),  # 28 Oct 1918
    ("Prague", 50.088, 14.420, "1939-03-14", "Czechoslovakia", SKIP),
    ("Prague", 50.088, 14.420, "1939-03-16", "Germany", SKIP),  # 15 Mar 1939
    ("Bratislava", 48.148, 17.107, "1918-12-10", "Hungary", SKIP),  # Czechoslovak from 1 Jan 1919
    ("Bratislava", 48.148, 17.107, "1919-03-01", "Czechoslovakia", SKIP),
    ("Bratislava", 48.148, 17.107, "1939-04-01", "Slovakia", SKIP),
    ("Budapest", 47.498, 19.040, "1918-03-20", "Austria-Hungary", SKIP),
    ("Budapest", 47.498, 19.040, "1919-05-01", "Hungary", SKIP),  # Soviet Republic
    ("Budapest", 47.498, 19.040, "1919-09-15", "Romania", SKIP),  # 4 Aug - 14 Nov 1919
    ("Budapest", 47.498, 19.040, "1919-12-01", "Hungary", SKIP),
    ("Budapest", 47.498, 19.040, "1936-05-05", "Hungary", SKIP),
    ("Belgrade", 44.817, 20.457, "1918-06-20", "Austria-Hungary", SKIP),  # occupied Serbia
    ("Belgrade", 44.817, 20.457, "1918-11-10", "Serbia", SKIP),  # liberated 1 Nov 1918
    ("Belgrade", 44.817, 20.457, "1929-10-03", "Yugoslavia", SKIP),
    ("Belgrade", 44.817, 20.457, "1941-04-05", "Yugoslavia", SKIP),
    ("Belgrade", 44.817, 20.457, "1941-04-20", "Germany", SKIP),  # 12/13 Apr 1941
    ("Zagreb", 45.815, 15.982, "1918-07-01", "Austria-Hungary", SKIP),
    ("Zagreb", 45.815, 15.982, "1918-11-15", "State of Slovenes, Croats and Serbs", SKIP),
    ("Zagreb", 45.815, 15.982, "1941-04-08", "Yugoslavia", SKIP),
    ("Zagreb", 45.815, 15.982, "1941-04-25", "Croatia", SKIP),  # NDH 10 Apr 1941
    ("Ljubljana", 46.056, 14.506, "1925-06-01", "Yugoslavia", SKIP),
    ("Ljubljana", 46.056, 14.506, "1941-05-15", "Italy", SKIP),
    ("Sofia", 42.698, 23.322, "1918-09-01", "Bulgaria", SKIP),
    ("Sofia", 42.698, 23.322, "1941-03-10", "Bulgaria", SKIP),
    ("Bucharest", 44.427, 26.103, "1918-06-10", "Germany", SKIP),  # Central Powers' occupation
    ("Bucharest", 44.427, 26.103, "1918-12-15", "Romania", SKIP),
    ("Bucharest", 44.427, 26.103, "1933-01-20", "Romania", None),
    ("Chisinau", 47.011, 28.864, "1918-06-01", "Romania", SKIP),
    ("Chisinau", 47.011, 28.864, "1939-09-01", "Romania", "Soviet Union"),
    ("Chisinau", 47.011, 28.864, "1940-07-01", "Soviet Union", SKIP),  # 28 Jun 1940
    ("Chisinau", 47.011, 28.864, "1941-07-10", "Soviet Union", SKIP),
    ("Chisinau", 47.011, 28.864, "1941-07-20", "Romania", SKIP),  # 16 Jul 1941
    ("Athens", 37.984, 23.728, "1922-09-01", "Greece", SKIP),
    ("Athens", 37.984, 23.728, "1941-04-25", "Greece", SKIP),
    ("Athens", 37.984, 23.728, "1941-04-29", "Germany", SKIP),  # 27 Apr 1941
    ("Tirana", 41.328, 19.819, "1918-04-01", "Austria-Hungary", SKIP),
    ("Tirana", 41.328, 19.819, "1928-09-01", "Albania", SKIP),
    ("Tirana", 41.328, 19.819, "1939-04-05", "Albania", SKIP),
    ("Tirana", 41.328, 19.819, "1939-04-12", "Italy", SKIP),  # 7/8 Apr 1939
    ("Istanbul", 41.010, 28.980, "1918-06-01", "Ottoman Empire", SKIP),
    ("Istanbul", 41.010, 28.980, "1924-05-01", "Turkey", SKIP),
    ("Ankara", 39.933, 32.860, "1921-08-20", "Turkey", SKIP),
    ("Moscow", 55.756, 37.617, "1918-08-30", "Soviet Russia", SKIP),
    ("Moscow", 55.756, 37.617, "1924-01-21", "Soviet Union", SKIP),
    ("Moscow", 55.756, 37.617, "1941-12-01", "Soviet Union", SKIP),
    ("Leningrad", 59.939, 30.316, "1941-09-20", "Soviet Union", SKIP),  # never taken
    ("Leningrad", 59.939, 30.316, "1941-12-31", "Soviet Union", SKIP),
    ("Paris", 48.857, 2.352, "1918-06-05", "France", SKIP),
    ("Paris", 48.857, 2.352, "1931-05-01", "France", None),
    ("London", 51.507, -0.128, "1940-09-07", "United Kingdom", SKIP),
    ("Dublin", 53.349, -6.260, "1926-06-01", "Ireland", SKIP),
    ("Madrid", 40.417, -3.704, "1937-03-15", "Spain", SKIP),  # civil war: one state
    ("Burgos", 42.344, -3.697, "1937-03-15", "Spain", SKIP),
    ("Valencia", 39.470, -0.376, "1938-01-10", "Spain", SKIP),
    ("Lisbon", 38.722, -9.139, "1932-07-05", "Portugal", SKIP),
    ("Rome", 41.903, 12.496, "1922-10-30", "Italy", SKIP),
    ("Bern", 46.948, 7.447, "1940-06-01", "Switzerland", SKIP),
    ("Brussels", 50.847, 4.357, "1918-06-15", "Germany", SKIP),
    ("Brussels", 50.847, 4.357, "1918-11-25", "Belgium", SKIP),
    ("Amsterdam", 52.370, 4.895, "1934-04-01", "Netherlands", SKIP),
    ("Luxembourg", 49.612, 6.130, "1918-06-01", "Germany", SKIP),  # occupied 1914-18
    ("Luxembourg", 49.612, 6.130, "1930-06-01", "Luxembourg", SKIP),
    ("Luxembourg", 49.612, 6.130, "1940-05-11", "Germany", SKIP),  # 10 May 1940
    ("Oslo", 59.913, 10.752, "1935-05-01", "Norway", SKIP),
    ("Stockholm", 59.329, 18.069, "1918-06-01", "Sweden", SKIP),
    ("Copenhagen", 55.680, 12.559, "1940-04-10", "Germany", SKIP),  # 9 Apr 1940
    ("Helsinki", 60.170, 24.938, "1918-03-20", "Finland", SKIP),  # Red Helsinki: a front feature
    ("Tallinn", 59.437, 24.754, "1937-06-01", "Estonia", None),
    ("Riga", 56.949, 24.105, "1926-05-01", "Latvia", None),
    ("Kaunas", 54.898, 23.903, "1929-06-01", "Lithuania", None),
    ("Cairo", 30.044, 31.236, "1930-06-01", "Egypt", SKIP),
    ("Algiers", 36.753, 3.059, "1930-06-01", "France", SKIP),
    ("Tunis", 36.806, 10.181, "1930-06-01", "France", SKIP),
    ("Rabat", 34.020, -6.832, "1930-06-01", "France", SKIP),
    ("Tripoli", 32.887, 13.191, "1930-06-01", "Italy", SKIP),
    ("Jerusalem", 31.778, 35.235, "1918-06-01", "United Kingdom", SKIP),  # taken Dec 1917
    ("Jerusalem", 31.778, 35.235, "1935-06-01", "United Kingdom", SKIP),
    ("Damascus", 33.513, 36.292, "1918-06-01", "Ottoman Empire", SKIP),
    ("Damascus", 33.513, 36.292, "1919-08-01", "Arab Kingdom of Syria", SKIP),
    ("Damascus", 33.513, 36.292, "1925-06-01", "France", SKIP),
    ("Beirut", 33.888, 35.510, "1930-06-01", "France", SKIP),
    ("Baghdad", 33.315, 44.366, "1918-06-01", "United Kingdom", SKIP),  # taken Mar 1917
    ("Baghdad", 33.315, 44.366, "1936-06-01", "Iraq", SKIP),
    ("Tehran", 35.689, 51.389, "1930-06-01", "Iran", SKIP),
    ("Nicosia", 35.176, 33.365, "1930-06-01", "United Kingdom", SKIP),
    ("Reykjavik", 64.140, -21.900, "1940-07-01", "United Kingdom", SKIP),  # British from 10 May 1940
    # --- interwar border towns -----------------------------------------------
    ("Cieszyn", 49.750, 18.633, "1925-06-01", "Poland", SKIP),
    ("Karvina", 49.855, 18.543, "1925-06-01", "Czechoslovakia", SKIP),
    ("Karvina", 49.855, 18.543, "1938-11-01", "Poland", SKIP),  # Zaolzie 2 Oct 1938
    ("Karvina", 49.855, 18.543, "1940-06-01", "Germany", SKIP),
    ("Bohumin", 49.904, 18.358, "1938-11-01", "Poland", SKIP),
    ("Ostrava", 49.835, 18.282, "1938-11-01", "Czechoslovakia", SKIP),
    ("Kosice", 48.717, 21.261, "1925-06-01", "Czechoslovakia", SKIP),
    ("Kosice", 48.717, 21.261, "1938-12-01", "Hungary", SKIP),  # First Vienna Award
    ("Komarno", 47.763, 18.129, "1938-12-01", "Hungary", SKIP),
    ("Nitra", 48.306, 18.086, "1938-12-01", "Czechoslovakia", SKIP),
    ("Uzhhorod", 48.621, 22.288, "1930-06-01", "Czechoslovakia", SKIP),
    ("Uzhhorod", 48.621, 22.288, "1938-12-01", "Hungary", SKIP),
    ("Khust", 48.176, 23.297, "1939-03-10", "Czechoslovakia", SKIP),  # Carpatho-Ukraine
    ("Khust", 48.176, 23.297, "1939-03-25", "Hungary", SKIP),
    ("Oradea", 47.072, 21.921, "1935-06-01", "Romania", SKIP),
    ("Oradea", 47.072, 21.921, "1940-10-01", "Hungary", SKIP),  # Second Vienna Award
    ("Cluj", 46.770, 23.590, "1940-10-01", "Hungary", SKIP),
    ("Targu Mures", 46.542, 24.558, "1940-10-01", "Hungary", SKIP),
    ("Brasov", 45.652, 25.611, "1940-10-01", "Romania", SKIP),
    ("Sibiu", 45.793, 24.152, "1941-02-01", "Romania", SKIP),
    ("Timisoara", 45.754, 21.226, "1925-06-01", "Romania", SKIP),
    ("Dobrich", 43.567, 27.828, "1935-06-01", "Romania", SKIP),
    ("Dobrich", 43.567, 27.828, "1940-10-01", "Bulgaria", SKIP),  # Craiova 7 Sep 1940
    ("Silistra", 44.117, 27.262, "1940-12-01", "Bulgaria", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1930-06-01", "Romania", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1940-07-05", "Soviet Union", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1941-07-10", "Romania", SKIP),  # 5 Jul 1941
    ("Tiraspol", 46.840, 29.643, "1930-06-01", "Soviet Union", SKIP),
    ("Bender", 46.831, 29.477, "1930-06-01", "Romania", SKIP),
    ("Kamianets-Podilskyi", 48.679, 26.585, "1930-06-01", "Soviet Union", SKIP),
    ("Zbarazh", 49.664, 25.778, "1930-06-01", "Poland", SKIP),
    ("Sarny", 51.338, 26.601, "1930-06-01", "Poland", SKIP),
    ("Olevsk", 51.220, 27.650, "1930-06-01", "Soviet Union", SKIP),
    ("Stowbtsy", 53.478, 26.743, "1930-06-01", "Poland", SKIP),
    ("Dzerzhinsk", 53.683, 27.133, "1930-06-01", "Soviet Union", SKIP),
    ("Radashkovichy", 54.155, 27.241, "1930-06-01", "Poland", SKIP),
    ("Braslaw", 55.640, 27.042, "1930-06-01", "Poland", SKIP),
    ("Polotsk", 55.485, 28.768, "1930-06-01", "Soviet Union", SKIP),
    ("Ivangorod", 59.370, 28.215, "1930-06-01", "Estonia", SKIP),
    ("Kingisepp", 59.373, 28.611, "1930-06-01", "Soviet Union", SKIP),
    ("Zelenogorsk", 60.205, 29.720, "1930-06-01", "Finland", SKIP),  # Terijoki
    ("Gdansk", 54.352, 18.646, "1930-06-01", "Free City of Danzig", SKIP),
    ("Gdansk", 54.352, 18.646, "1939-09-03", "Germany", SKIP),
    ("Gdynia", 54.500, 18.500, "1930-06-01", "Poland", SKIP),
    ("Tczew", 54.092, 18.778, "1930-06-01", "Poland", SKIP),
    ("Lebork", 54.539, 17.750, "1930-06-01", "Germany", SKIP),
    ("Chojnice", 53.697, 17.557, "1930-06-01", "Poland", SKIP),
    ("Pila", 53.151, 16.738, "1930-06-01", "Germany", SKIP),
    ("Zbaszyn", 52.250, 15.917, "1930-06-01", "Poland", SKIP),
    ("Gliwice", 50.294, 18.666, "1925-06-01", "Germany", SKIP),
    ("Chorzow", 50.297, 18.954, "1925-06-01", "Poland", SKIP),
    ("Katowice", 50.264, 19.023, "1921-06-01", "France", SKIP),  # plebiscite area, Inter-Allied Commission (corrected)
    ("Sopron", 47.685, 16.590, "1925-06-01", "Hungary", SKIP),
    ("Eisenstadt", 47.846, 16.527, "1925-06-01", "Austria", SKIP),
    ("Klagenfurt", 46.624, 14.308, "1925-06-01", "Austria", SKIP),
    ("Maribor", 46.554, 15.646, "1925-06-01", "Yugoslavia", SKIP),
    ("Gorizia", 45.940, 13.620, "1925-06-01", "Italy", SKIP),
    ("Postojna", 45.776, 14.214, "1925-06-01", "Italy", SKIP),
    ("Rijeka", 45.327, 14.442, "1920-06-01", "Italian Regency of Carnaro", SKIP),  # Korzo (corrected: 14.450 is Sušak)
    ("Rijeka", 45.327, 14.442, "1923-06-01", "Free State of Fiume", SKIP),
    ("Rijeka", 45.327, 14.442, "1925-06-01", "Italy", SKIP),
    ("Bolzano", 46.498, 11.354, "1925-06-01", "Italy", SKIP),
    ("Strumica", 41.438, 22.643, "1925-06-01", "Yugoslavia", SKIP),
    ("Dimitrovgrad", 43.016, 22.775, "1925-06-01", "Yugoslavia", SKIP),  # Tsaribrod
    ("Petrich", 41.398, 23.207, "1925-06-01", "Bulgaria", SKIP),
    ("Edirne", 41.677, 26.556, "1925-06-01", "Turkey", SKIP),
    ("Alexandroupoli", 40.860, 25.880, "1925-06-01", "Greece", SKIP),
    ("Gjirokaster", 40.076, 20.139, "1925-06-01", "Albania", SKIP),
    ("Eupen", 50.628, 6.036, "1925-06-01", "Belgium", SKIP),
    ("Eupen", 50.628, 6.036, "1940-07-01", "Germany", SKIP),
    ("Saarbrucken", 49.234, 6.996, "1930-06-01", "League of Nations", SKIP),
    ("Saarbrucken", 49.234, 6.996, "1935-03-05", "Germany", SKIP),  # 1 Mar 1935
    ("Essen", 51.456, 7.012, "1924-01-01", "France", SKIP),  # Ruhr occupation
    ("Strasbourg", 48.573, 7.752, "1918-06-01", "Germany", SKIP),
    ("Strasbourg", 48.573, 7.752, "1918-11-26", "France", SKIP),  # 22 Nov 1918
    ("Antakya", 36.202, 36.160, "1939-07-10", "Turkey", SKIP),  # Hatay annexed 29 Jun 1939
    # --- the Baltic 1918-20 ----------------------------------------------------
    ("Riga", 56.949, 24.105, "1919-01-10", "Soviet Russia", SKIP),  # 3 Jan 1919
    ("Jelgava", 56.650, 23.713, "1919-02-01", "Soviet Russia", SKIP),
    ("Liepaja", 56.510, 21.030, "1919-02-01", "Latvia", SKIP),
    ("Cesis", 57.313, 25.271, "1919-02-01", "Soviet Russia", SKIP),
    ("Tartu", 58.378, 26.729, "1918-12-28", "Soviet Russia", SKIP),  # 22 Dec 1918 - 14 Jan 1919
    ("Tartu", 58.378, 26.729, "1919-01-20", "Estonia", SKIP),
    ("Tallinn", 59.437, 24.754, "1918-12-15", "Estonia", SKIP),
    ("Narva", 59.377, 28.190, "1919-01-10", "Soviet Russia", SKIP),
    ("Rezekne", 56.510, 27.333, "1919-09-01", "Soviet Russia", SKIP),
    ("Rezekne", 56.510, 27.333, "1920-03-01", "Latvia", SKIP),
    ("Daugavpils", 55.875, 26.536, "1920-01-10", "Latvia", SKIP),  # 3 Jan 1920
    ("Siauliai", 55.934, 23.315, "1919-02-15", "Soviet Russia", SKIP),
    ("Panevezys", 55.738, 24.363, "1919-03-01", "Soviet Russia", SKIP),
    ("Kaunas", 54.898, 23.903, "1919-01-20", "Lithuania", SKIP),
    # --- Ukraine and Belarus 1918-21 -------------------------------------------
    ("Kyiv", 50.450, 30.523, "1918-08-01", "Ukraine", SKIP),  # the Hetmanate
    ("Kyiv", 50.450, 30.523, "1919-01-15", "Ukraine", SKIP),  # Directorate to 5 Feb 1919
    ("Kyiv", 50.450, 30.523, "1919-04-01", "Soviet Russia", SKIP),
    ("Kyiv", 50.450, 30.523, "1919-10-01", "White movement", SKIP),  # 31 Aug 1919
    ("Kyiv", 50.450, 30.523, "1920-05-20", "Poland", SKIP),  # 7 May - 12 Jun 1920
    ("Kharkiv", 49.994, 36.230, "1919-03-01", "Soviet Russia", SKIP),
    ("Kharkiv", 49.994, 36.230, "1919-08-01", "White movement", SKIP),  # 25 Jun 1919
    ("Kharkiv", 49.994, 36.230, "1920-02-01", "Soviet Russia", SKIP),  # 12 Dec 1919
    ("Odesa", 46.470, 30.700, "1919-06-01", "Soviet Russia", SKIP),  # 6 Apr 1919
    ("Odesa", 46.470, 30.700, "1919-10-01", "White movement", SKIP),
    ("Odesa", 46.470, 30.700, "1920-03-01", "Soviet Russia", SKIP),
    ("Poltava", 49.589, 34.551, "1919-09-01", "White movement", SKIP),
    ("Dnipro", 48.464, 35.046, "1919-10-01", "White movement", SKIP),
    ("Kamianets-Podilskyi", 48.679, 26.585, "1919-08-01", "Ukraine", SKIP),  # UNR capital
    ("Lviv", 49.842, 24.031, "1918-11-10", "West Ukraine", SKIP),  # 1-21 Nov 1918
    ("Lviv", 49.842, 24.031, "1918-11-25", "Poland", SKIP),
    ("Ternopil", 49.553, 25.595, "1919-03-01", "West Ukraine", SKIP),
    ("Ternopil", 49.553, 25.595, "1919-08-01", "Poland", SKIP),
    ("Stanislaviv", 48.922, 24.711, "1919-03-01", "West Ukraine", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1918-06-01", "Austria-Hungary", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1918-11-20", "Romania", SKIP),  # 11 Nov 1918
    ("Minsk", 53.900, 27.567, "1918-06-01", "Germany", SKIP),
    ("Minsk", 53.900, 27.567, "1919-03-01", "Soviet Russia", SKIP),
    ("Minsk", 53.900, 27.567, "1919-09-01", "Poland", SKIP),  # 8 Aug 1919
    ("Minsk", 53.900, 27.567, "1920-07-20", "Soviet Russia", SKIP),  # 11 Jul 1920
    ("Hrodna", 53.678, 23.830, "1919-06-01", "Poland", SKIP),  # 27/28 Apr 1919
    ("Hrodna", 53.678, 23.830, "1920-08-05", "Soviet Russia", SKIP),  # 19 Jul 1920
    ("Hrodna", 53.678, 23.830, "1920-10-05", "Poland", SKIP),  # 26 Sep 1920
    ("Bialystok", 53.133, 23.164, "1920-08-10", "Soviet Russia", SKIP),  # 28 Jul - 22 Aug 1920
    ("Bobruisk", 53.145, 29.225, "1919-10-01", "Poland", SKIP),  # 28 Aug 1919
    ("Zhytomyr", 50.254, 28.658, "1920-05-10", "Poland", SKIP),
    ("Rivne", 50.620, 26.251, "1920-07-20", "Soviet Russia", SKIP),  # 4 Jul 1920
    ("Zamosc", 50.723, 23.252, "1920-09-05", "Poland", SKIP),
    ("Smolensk", 54.782, 32.040, "1918-06-01", "Soviet Russia", SKIP),
    ("Simferopol", 44.952, 34.102, "1918-06-01", "Germany", SKIP),
    # --- the Balkans, Anatolia and the Caucasus 1918-23 -----------------------
    ("Tbilisi", 41.716, 44.783, "1918-07-01", "Georgia", SKIP),
    ("Tbilisi", 41.716, 44.783, "1921-04-01", "Soviet Russia", SKIP),  # 25 Feb 1921
    ("Tbilisi", 41.716, 44.783, "1923-04-01", "Soviet Union", SKIP),
    ("Baku", 40.409, 49.867, "1918-07-01", "Soviet Russia", SKIP),  # Baku Commune
    ("Baku", 40.409, 49.867, "1918-10-01", "Azerbaijan", SKIP),  # 15 Sep 1918
    ("Baku", 40.409, 49.867, "1920-06-01", "Soviet Russia", SKIP),
    ("Yerevan", 40.177, 44.513, "1918-08-01", "Armenia", SKIP),
    ("Yerevan", 40.177, 44.513, "1921-01-15", "Soviet Russia", SKIP),
    ("Kars", 40.601, 43.097, "1918-08-01", "Ottoman Empire", SKIP),
    ("Kars", 40.601, 43.097, "1919-08-01", "Armenia", SKIP),
    ("Kars", 40.601, 43.097, "1920-12-01", "Turkey", SKIP),  # 30 Oct 1920
    ("Gyumri", 40.785, 43.842, "1920-12-15", "Turkey", SKIP),  # 7 Nov 1920
    ("Gyumri", 40.785, 43.842, "1921-08-01", "Soviet Russia", SKIP),
    ("Batumi", 41.630, 41.650, "1918-08-01", "Ottoman Empire", SKIP),
    ("Batumi", 41.630, 41.650, "1919-08-01", "United Kingdom", SKIP),
    ("Batumi", 41.630, 41.650, "1920-09-01", "Georgia", SKIP),  # 7 Jul 1920
    ("Vladikavkaz", 43.024, 44.682, "1919-08-01", "White movement", SKIP),
    ("Volgograd", 48.708, 44.513, "1919-02-01", "Soviet Russia", SKIP),  # Tsaritsyn
    ("Volgograd", 48.708, 44.513, "1919-08-01", "White movement", SKIP),  # 30 Jun 1919
    ("Rostov", 47.222, 39.720, "1919-06-01", "White movement", SKIP),
    ("Rostov", 47.222, 39.720, "1920-02-15", "Soviet Russia", SKIP),  # 10 Jan 1920
    ("Novorossiysk", 44.724, 37.768, "1920-04-15", "Soviet Russia", SKIP),
    ("Sevastopol", 44.580, 33.560, "1920-06-01", "White movement", SKIP),
    ("Sevastopol", 44.580, 33.560, "1920-12-01", "Soviet Russia", SKIP),
    ("Skopje", 41.998, 21.425, "1918-06-01", "Bulgaria", SKIP),
    ("Skopje", 41.998, 21.425, "1918-10-15", "Serbia", SKIP),  # 30 Sep 1918
    ("Cetinje", 42.390, 18.914, "1918-06-01", "Austria-Hungary", SKIP),
    ("Cetinje", 42.390, 18.914, "1919-06-01", "Yugoslavia", SKIP),
    ("Korce", 40.618, 20.781, "1918-06-01", "France", SKIP),
    ("Vlore", 40.466, 19.490, "1920-05-01", "Italy", SKIP),
    ("Vlore", 40.466, 19.490, "1921-05-01", "Albania", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1918-06-01", "Greece", SKIP),
    ("Kavala", 40.945, 24.400, "1918-06-01", "Bulgaria", SKIP),
    ("Kavala", 40.945, 24.400, "1919-06-01", "Greece", SKIP),
    ("Edirne", 41.677, 26.556, "1921-06-01", "Greece", SKIP),  # Eastern Thrace from 1920
    ("Izmir", 38.423, 27.143, "1919-08-01", "Greece", SKIP),  # 15 May 1919
    ("Izmir", 38.423, 27.143, "1922-09-15", "Turkey", SKIP),  # 9 Sep 1922
    ("Bursa", 40.183, 29.067, "1921-06-01", "Greece", SKIP),  # 8 Jul 1920
    ("Adana", 36.991, 35.331, "1920-06-01", "France", SKIP),  # Cilicia
    ("Antalya", 36.897, 30.713, "1920-06-01", "Italy", SKIP),
    ("Mosul", 36.340, 43.130, "1918-06-01", "Ottoman Empire", SKIP),
    ("Amman", 31.954, 35.910, "1918-06-01", "Ottoman Empire", SKIP),  # taken 25 Sep 1918
    # --- 1918 west and Italy ---------------------------------------------------
    ("Lille", 50.629, 3.057, "1918-06-01", "Germany", SKIP),
    ("Lille", 50.629, 3.057, "1918-10-25", "France", SKIP),  # 17 Oct 1918
    ("Saint-Quentin", 49.847, 3.287, "1918-06-01", "Germany", SKIP),
    ("Saint-Quentin", 49.847, 3.287, "1918-10-10", "France", SKIP),  # 1 Oct 1918
    ("Soissons", 49.381, 3.323, "1918-06-15", "Germany", SKIP),  # 29 May 1918
    ("Montdidier", 49.648, 2.570, "1918-05-01", "Germany", SKIP),  # 27 Mar 1918
    ("Amiens", 49.894, 2.296, "1918-05-01", "France", SKIP),
    ("Reims", 49.258, 4.032, "1918-07-01", "France", SKIP),  # never taken
    ("Saint-Mihiel", 48.890, 5.543, "1918-08-01", "Germany", SKIP),
    ("Saint-Mihiel", 48.890, 5.543, "1918-09-20", "France", SKIP),  # 13 Sep 1918
    ("Ostend", 51.220, 2.920, "1918-10-25", "Belgium", SKIP),  # 17 Oct 1918
    ("Mons", 50.454, 3.952, "1918-11-05", "Germany", SKIP),
    ("Metz", 49.120, 6.176, "1918-11-25", "France", SKIP),
    ("Udine", 46.071, 13.235, "1918-06-01", "Austria-Hungary", SKIP),
    ("Udine", 46.071, 13.235, "1918-11-10", "Italy", SKIP),
    ("Trieste", 45.650, 13.780, "1918-06-01", "Austria-Hungary", SKIP),
    ("Trieste", 45.650, 13.780, "1919-06-01", "Italy", SKIP),
    # --- Poland 1939 day by day -----------------------------------------------
    ("Katowice", 50.264, 19.023, "1939-09-05", "Germany", SKIP),  # 3/4 Sep
    ("Krakow", 50.062, 19.937, "1939-09-04", "Poland", SKIP),
    ("Krakow", 50.062, 19.937, "1939-09-08", "Germany", SKIP),  # 6 Sep
    ("Czestochowa", 50.812, 19.120, "1939-09-05", "Germany", SKIP),  # 3 Sep
    ("Lodz", 51.759, 19.457, "1939-09-07", "Poland", SKIP),
    ("Lodz", 51.759, 19.457, "1939-09-11", "Germany", SKIP),  # 9 Sep
    ("Bydgoszcz", 53.123, 18.008, "1939-09-07", "Germany", SKIP),  # 5 Sep
    ("Torun", 53.014, 18.598, "1939-09-09", "Germany", SKIP),  # 7 Sep
    ("Poznan", 52.406, 16.925, "1939-09-13", "Germany", SKIP),  # 10 Sep
    ("Kielce", 50.866, 20.628, "1939-09-07", "Germany", SKIP),  # 5 Sep
    ("Gdynia", 54.500, 18.500, "1939-09-10", "Poland", SKIP),
    ("Gdynia", 54.500, 18.500, "1939-09-16", "Germany", SKIP),  # 14 Sep
    ("Lublin", 51.246, 22.568, "1939-09-20", "Germany", SKIP),  # 18 Sep
    ("Lublin", 51.246, 22.568, "1939-08-25", "Poland", "Soviet Union"),  # east of the Vistula
    ("Lublin", 51.246, 22.568, "1939-10-10", "Germany", None),  # occupied: the sphere ends (corrected)
    ("Lodz", 51.759, 19.457, "1939-08-25", "Poland", "Germany"),
    ("Lviv", 49.842, 24.031, "1939-08-25", "Poland", "Soviet Union"),
    ("Lviv", 49.842, 24.031, "1939-09-25", "Soviet Union", SKIP),  # 22 Sep
    ("Brest", 52.097, 23.734, "1939-09-18", "Germany", SKIP),  # 14-17 Sep, handed over 22 Sep
    ("Brest", 52.097, 23.734, "1939-09-25", "Soviet Union", SKIP),
    ("Bialystok", 53.133, 23.164, "1939-09-18", "Germany", SKIP),  # 15 Sep
    ("Bialystok", 53.133, 23.164, "1939-09-25", "Soviet Union", SKIP),  # 22 Sep
    ("Hrodna", 53.678, 23.830, "1939-09-25", "Soviet Union", SKIP),
    ("Vilnius", 54.687, 25.280, "1939-09-21", "Soviet Union", SKIP),  # 19 Sep
    ("Vilnius", 54.687, 25.280, "1939-08-25", "Poland", "Germany"),  # Lithuania's interest
    ("Ternopil", 49.553, 25.595, "1939-09-19", "Soviet Union", SKIP),  # 17 Sep
    ("Rivne", 50.620, 26.251, "1939-09-19", "Soviet Union", SKIP),
    ("Pinsk", 52.115, 26.103, "1939-09-25", "Soviet Union", SKIP),
    ("Modlin", 52.435, 20.710, "1939-09-27", "Poland", SKIP),  # 29 Sep
    ("Hel", 54.610, 18.790, "1939-09-28", "Poland", SKIP),  # 1/2 Oct
    ("Hel", 54.610, 18.790, "1939-10-05", "Germany", SKIP),
    ("Marijampole", 54.560, 23.350, "1939-10-15", "Lithuania", "Germany"),  # the strip
    ("Kaunas", 54.898, 23.903, "1939-10-15", "Lithuania", "Soviet Union"),
    ("Helsinki", 60.170, 24.938, "1941-06-25", "Finland", None),  # spheres end 21 Jun 1941
    # --- 1940 in the north and west -------------------------------------------
    ("Aarhus", 56.157, 10.190, "1940-04-10", "Germany", SKIP),
    ("Bergen", 60.391, 5.330, "1940-04-10", "Germany", SKIP),
    ("Stavanger", 58.969, 5.733, "1940-04-10", "Germany", SKIP),
    ("Kristiansand", 58.150, 8.000, "1940-04-10", "Germany", SKIP),
    ("Trondheim", 63.430, 10.395, "1940-04-10", "Germany", SKIP),
    ("Narvik", 68.418, 17.427, "1940-05-30", "Norway", SKIP),  # retaken 28 May
    ("Bodo", 67.280, 14.405, "1940-05-20", "Norway", SKIP),
    ("Bodo", 67.280, 14.405, "1940-06-05", "Germany", SKIP),  # 1 Jun
    ("Tromso", 69.641, 19.004, "1940-06-05", "Norway", SKIP),
    ("Lillehammer", 61.115, 10.466, "1940-04-15", "Norway", SKIP),  # fell 23 Apr
    ("Andalsnes", 62.568, 7.688, "1940-04-25", "Norway", SKIP),  # Allied landing, 1 May
    ("Maastricht", 50.851, 5.691, "1940-05-11", "Germany", SKIP),  # 10 May
    ("Groningen", 53.219, 6.567, "1940-05-11", "Germany", SKIP),
    ("Amsterdam", 52.370, 4.895, "1940-05-12", "Netherlands", SKIP),
    ("Amsterdam", 52.370, 4.895, "1940-05-16", "Germany", SKIP),  # capitulation 15 May
    ("Rotterdam", 51.924, 4.478, "1940-05-17", "Germany", SKIP),
    ("Brussels", 50.847, 4.357, "1940-05-15", "Belgium", SKIP),
    ("Brussels", 50.847, 4.357, "1940-05-19", "Germany", SKIP),  # 17 May
    ("Antwerp", 51.219, 4.402, "1940-05-20", "Germany", SKIP),  # 18 May
    ("Bruges", 51.209, 3.224, "1940-05-30", "Germany", SKIP),  # capitulation 28 May
    ("Sedan", 49.702, 4.940, "1940-05-15", "Germany", SKIP),  # 13/14 May
    ("Calais", 50.950, 1.870, "1940-05-28", "Germany", SKIP),  # 26 May
    ("Dunkirk", 51.030, 2.380, "1940-06-02", "France", SKIP),  # fell 4 Jun
    ("Dunkirk", 51.030, 2.380, "1940-06-06", "Germany", SKIP),
    ("Rouen", 49.443, 1.099, "1940-06-11", "Germany", SKIP),  # 9 Jun
    ("Paris", 48.857, 2.352, "1940-06-12", "France", SKIP),
    ("Paris", 48.857, 2.352, "1940-06-16", "Germany", SKIP),  # 14 Jun
    ("Verdun", 49.160, 5.384, "1940-06-17", "Germany", SKIP),  # 15 Jun
    ("Strasbourg", 48.573, 7.752, "1940-06-21", "Germany", SKIP),  # 19 Jun
    ("Dijon", 47.322, 5.041, "1940-06-19", "Germany", SKIP),  # 17 Jun
    ("Cherbourg", 49.630, -1.620, "1940-06-21", "Germany", SKIP),  # 19 Jun
    ("Bordeaux", 44.838, -0.579, "1940-06-22", "France", SKIP),  # Germans from 27 Jun
    ("Bordeaux", 44.838, -0.579, "1940-07-10", "Germany", SKIP),  # occupied zone
    ("Vichy", 46.128, 3.426, "1940-07-15", "France", SKIP),
    ("Marseille", 43.300, 5.400, "1940-07-01", "France", SKIP),
    ("Menton", 43.790, 7.480, "1940-07-01", "Italy", SKIP),
    ("St Helier", 49.195, -2.110, "1940-07-05", "Germany", SKIP),  # 1 Jul 1940
    # --- 1940-41 Balkans, Aegean and North Africa ------------------------------
    ("Skopje", 41.998, 21.425, "1941-04-09", "Germany", SKIP),  # 7 Apr
    ("Nis", 43.321, 21.896, "1941-04-11", "Germany", SKIP),  # 9 Apr
    ("Sarajevo", 43.856, 18.413, "1941-05-01", "Croatia", SKIP),
    ("Split", 43.515, 16.460, "1941-06-01", "Italy", SKIP),
    ("Dubrovnik", 42.650, 18.094, "1941-06-01", "Croatia", SKIP),
    ("Podgorica", 42.441, 19.263, "1941-06-01", "Italy", SKIP),
    ("Novi Sad", 45.267, 19.833, "1941-05-01", "Hungary", SKIP),
    ("Subotica", 46.100, 19.666, "1941-04-20", "Hungary", SKIP),
    ("Osijek", 45.555, 18.695, "1941-05-01", "Croatia", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1941-04-07", "Greece", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1941-04-11", "Germany", SKIP),  # 9 Apr
    ("Larissa", 39.639, 22.419, "1941-04-22", "Germany", SKIP),  # 19 Apr
    ("Corinth", 37.939, 22.932, "1941-04-28", "Germany", SKIP),  # 26 Apr
    ("Chania", 35.500, 24.030, "1941-05-19", "Greece", SKIP),
    ("Chania", 35.500, 24.030, "1941-06-05", "Germany", SKIP),  # 27 May
    ("Heraklion", 35.330, 25.140, "1941-05-25", "Greece", SKIP),  # 29 May
    ("Heraklion", 35.330, 25.140, "1941-06-05", "Germany", SKIP),
    ("Corfu", 39.620, 19.900, "1941-06-01", "Italy", SKIP),
    ("Mytilene", 39.110, 26.540, "1941-06-01", "Germany", SKIP),  # Lesbos 4 May
    ("Rhodes", 36.420, 28.200, "1930-06-01", "Italy", SKIP),
    ("Gjirokaster", 40.076, 20.139, "1941-02-01", "Greece", SKIP),  # 8 Dec 1940 - Apr 1941
    ("Korce", 40.618, 20.781, "1941-01-01", "Greece", SKIP),  # 22 Nov 1940
    ("Korce", 40.618, 20.781, "1940-11-01", "Italy", SKIP),
    ("Sidi Barrani", 31.560, 25.950, "1940-11-01", "Italy", SKIP),  # 16 Sep - 10 Dec 1940
    ("Tobruk", 32.060, 23.980, "1941-08-01", "United Kingdom", SKIP),  # from 22 Jan 1941, besieged
    ("Benghazi", 32.100, 20.100, "1941-03-01", "United Kingdom", SKIP),  # 6 Feb - 3 Apr 1941
    ("Benghazi", 32.100, 20.100, "1941-06-01", "Italy", SKIP),
    ("Tabriz", 38.080, 46.292, "1941-10-01", "Soviet Union", SKIP),  # 25 Aug 1941
    # --- Barbarossa, day by day -----------------------------------------------
    ("Brest", 52.097, 23.734, "1941-06-25", "Germany", SKIP),
    ("Hrodna", 53.678, 23.830, "1941-06-25", "Germany", SKIP),  # 23 Jun
    ("Vilnius", 54.687, 25.280, "1941-06-25", "Germany", SKIP),  # 24 Jun
    ("Kaunas", 54.898, 23.903, "1941-06-25", "Germany", SKIP),
    ("Lutsk", 50.748, 25.325, "1941-06-27", "Germany", SKIP),  # 25 Jun
    ("Daugavpils", 55.875, 26.536, "1941-06-27", "Germany", SKIP),  # 26 Jun
    ("Siauliai", 55.934, 23.315, "1941-06-27", "Germany", SKIP),
    ("Minsk", 53.900, 27.567, "1941-06-27", "Soviet Union", SKIP),
    ("Minsk", 53.900, 27.567, "1941-06-29", "Germany", SKIP),  # 28 Jun
    ("Bialystok", 53.133, 23.164, "1941-06-29", "Germany", SKIP),  # 27 Jun
    ("Baranavichy", 53.132, 26.013, "1941-06-29", "Germany", SKIP),  # 27 Jun
    ("Rivne", 50.620, 26.251, "1941-06-30", "Germany", SKIP),  # 28 Jun
    ("Liepaja", 56.510, 21.030, "1941-06-30", "Germany", SKIP),  # 29 Jun
    ("Lviv", 49.842, 24.031, "1941-06-29", "Soviet Union", SKIP),
    ("Lviv", 49.842, 24.031, "1941-07-01", "Germany", SKIP),  # 30 Jun
    ("Riga", 56.949, 24.105, "1941-06-30", "Soviet Union", SKIP),
    ("Riga", 56.949, 24.105, "1941-07-02", "Germany", SKIP),  # 1 Jul
    ("Bobruisk", 53.145, 29.225, "1941-06-30", "Germany", SKIP),  # 28 Jun
    ("Ternopil", 49.553, 25.595, "1941-07-04", "Germany", SKIP),  # 2 Jul
    ("Ostrov", 57.343, 28.353, "1941-07-07", "Germany", SKIP),  # 4/5 Jul
    ("Parnu", 58.385, 24.497, "1941-07-10", "Germany", SKIP),  # 8 Jul
    ("Pskov", 57.819, 28.332, "1941-07-11", "Germany", SKIP),  # 9 Jul
    ("Khmelnytskyi", 49.422, 26.987, "1941-07-10", "Germany", SKIP),  # Proskuriv 8 Jul
    ("Berdychiv", 49.897, 28.602, "1941-07-10", "Germany", SKIP),  # 7 Jul
    ("Zhytomyr", 50.254, 28.658, "1941-07-12", "Germany", SKIP),  # 9 Jul
    ("Vitebsk", 55.190, 30.205, "1941-07-13", "Germany", SKIP),  # 11 Jul
    ("Smolensk", 54.782, 32.040, "1941-07-14", "Soviet Union", SKIP),  # corrected: entered 15 Jul
    ("Smolensk", 54.782, 32.040, "1941-07-20", "Germany", SKIP),  # 16 Jul
    ("Orsha", 54.509, 30.426, "1941-07-18", "Germany", SKIP),  # 16 Jul
    ("Polotsk", 55.485, 28.768, "1941-07-18", "Germany", SKIP),  # 16 Jul
    ("Chisinau", 47.011, 28.864, "1941-07-18", "Romania", SKIP),
    ("Yelnya", 54.578, 33.176, "1941-07-22", "Germany", SKIP),  # 19 Jul
    ("Vinnytsia", 49.233, 28.468, "1941-07-23", "Germany", SKIP),  # 19-21 Jul
    ("Bila Tserkva", 49.796, 30.131, "1941-07-20", "Germany", SKIP),  # 16-18 Jul
    ("Mogilev", 53.894, 30.331, "1941-07-28", "Germany", SKIP),  # 26 Jul
    ("Roslavl", 53.951, 32.858, "1941-08-05", "Germany", SKIP),  # 3 Aug
    ("Kirovohrad", 48.508, 32.262, "1941-08-07", "Germany", SKIP),  # 5 Aug
    ("Uman", 48.749, 30.221, "1941-08-05", "Germany", SKIP),
    ("Velikiye Luki", 56.340, 30.545, "1941-08-10", "Soviet Union", SKIP),  # retaken 21 Jul, lost 26 Aug
    ("Velikiye Luki", 56.340, 30.545, "1941-09-01", "Germany", SKIP),
    ("Staraya Russa", 57.990, 31.355, "1941-08-12", "Germany", SKIP),  # 8/9 Aug
    ("Rogachev", 53.090, 30.050, "1941-08-16", "Germany", SKIP),  # 14 Aug
    ("Mykolaiv", 46.975, 31.995, "1941-08-18", "Germany", SKIP),  # 16 Aug
    ("Narva", 59.377, 28.190, "1941-08-19", "Germany", SKIP),  # 17 Aug
    ("Kingisepp", 59.373, 28.611, "1941-08-18", "Germany", SKIP),  # 16 Aug
    ("Novgorod", 58.522, 31.275, "1941-08-21", "Germany", SKIP),  # 19 Aug
    ("Gomel", 52.441, 30.988, "1941-08-21", "Germany", SKIP),  # 19 Aug
    ("Chudovo", 59.125, 31.660, "1941-08-23", "Germany", SKIP),  # 20 Aug
    ("Mozyr", 52.048, 29.244, "1941-08-25", "Germany", SKIP),  # 22 Aug
    ("Luga", 58.737, 29.846, "1941-08-26", "Germany", SKIP),  # 24 Aug
    ("Dnipro", 48.464, 35.046, "1941-08-28", "Germany", SKIP),  # 25 Aug
    ("Tallinn", 59.437, 24.754, "1941-08-30", "Germany", SKIP),  # 28 Aug
    ("Vyborg", 60.710, 28.749, "1941-08-31", "Finland", SKIP),  # 29 Aug
    ("Sortavala", 61.703, 30.691, "1941-08-18", "Finland", SKIP),  # 16 Aug
    ("Olonets", 60.985, 32.970, "1941-09-12", "Finland", SKIP),  # 5 Sep
    ("Shlisselburg", 59.944, 31.034, "1941-09-10", "Germany", SKIP),  # 8 Sep
    ("Chernihiv", 51.494, 31.294, "1941-09-11", "Germany", SKIP),  # 9 Sep
    ("Kremenchuk", 49.066, 33.410, "1941-09-11", "Germany", SKIP),  # 9 Sep
    ("Gatchina", 59.565, 30.128, "1941-09-15", "Germany", SKIP),  # 13 Sep
    ("Pushkin", 59.714, 30.396, "1941-09-20", "Germany", SKIP),  # 17/18 Sep
    ("Poltava", 49.589, 34.551, "1941-09-20", "Germany", SKIP),  # 18 Sep
    ("Kyiv", 50.450, 30.523, "1941-09-18", "Soviet Union", SKIP),
    ("Kyiv", 50.450, 30.523, "1941-09-20", "Germany", SKIP),  # 19 Sep
    ("Perekop", 46.160, 33.690, "1941-09-28", "Germany", SKIP),  # 26 Sep
    ("Petrozavodsk", 61.785, 34.346, "1941-10-03", "Finland", SKIP),  # 1 Oct
    ("Oryol", 52.967, 36.069, "1941-10-05", "Germany", SKIP),  # 3 Oct
    ("Zaporizhzhia", 47.838, 35.139, "1941-10-06", "Germany", SKIP),  # 3/4 Oct
    ("Bryansk", 53.243, 34.364, "1941-10-09", "Germany", SKIP),  # 6 Oct
    ("Vyazma", 55.210, 34.296, "1941-10-09", "Germany", SKIP),  # 7 Oct
    ("Mariupol", 47.097, 37.543, "1941-10-10", "Germany", SKIP),  # 8 Oct
    ("Sumy", 50.907, 34.798, "1941-10-12", "Germany", SKIP),  # 10 Oct
    ("Kaluga", 54.514, 36.261, "1941-10-14", "Germany", SKIP),  # 12 Oct
    ("Kalinin", 56.859, 35.912, "1941-10-13", "Soviet Union", SKIP),
    ("Kalinin", 56.859, 35.912, "1941-10-15", "Germany", SKIP),  # 14 Oct
    ("Rzhev", 56.262, 34.329, "1941-10-16", "Germany", SKIP),  # 14 Oct
    ("Odesa", 46.470, 30.700, "1941-10-15", "Soviet Union", SKIP),
    ("Odesa", 46.470, 30.700, "1941-10-17", "Romania", SKIP),  # 16 Oct
    ("Taganrog", 47.230, 38.880, "1941-10-19", "Germany", SKIP),  # 17 Oct
    ("Mozhaysk", 55.506, 36.017, "1941-10-20", "Germany", SKIP),  # 18 Oct
    ("Maloyaroslavets", 55.010, 36.467, "1941-10-20", "Germany", SKIP),  # 18 Oct
    ("Stalino", 48.016, 37.803, "1941-10-23", "Germany", SKIP),  # 20/21 Oct
    ("Kharkiv", 49.994, 36.230, "1941-10-23", "Soviet Union", SKIP),
    ("Kharkiv", 49.994, 36.230, "1941-10-25", "Germany", SKIP),  # 24 Oct
    ("Belgorod", 50.595, 36.587, "1941-10-26", "Germany", SKIP),  # 24 Oct
    ("Volokolamsk", 56.036, 35.958, "1941-11-01", "Germany", SKIP),  # 27 Oct
    ("Simferopol", 44.952, 34.102, "1941-11-03", "Germany", SKIP),  # 1 Nov
    ("Kursk", 51.730, 36.193, "1941-11-04", "Germany", SKIP),  # 2 Nov
    ("Feodosia", 45.030, 35.350, "1941-11-05", "Germany", SKIP),  # 3 Nov
    ("Yalta", 44.500, 34.160, "1941-11-10", "Germany", SKIP),  # 8 Nov
    ("Tikhvin", 59.645, 33.514, "1941-11-07", "Soviet Union", SKIP),
    ("Tikhvin", 59.645, 33.514, "1941-11-15", "Germany", SKIP),  # 8 Nov
    ("Tikhvin", 59.645, 33.514, "1941-12-12", "Soviet Union", SKIP),  # 9 Dec
    ("Kerch", 45.350, 36.440, "1941-11-14", "Soviet Union", SKIP),
    ("Kerch", 45.350, 36.440, "1941-11-18", "Germany", SKIP),  # 16 Nov
    ("Rostov", 47.222, 39.720, "1941-11-19", "Soviet Union", SKIP),
    ("Rostov", 47.222, 39.720, "1941-11-24", "Germany", SKIP),  # 21 Nov
    ("Rostov", 47.222, 39.720, "1941-12-01", "Soviet Union", SKIP),  # 29 Nov
    ("Klin", 56.333, 36.733, "1941-11-28", "Germany", SKIP),  # 23/24 Nov
    ("Klin", 56.333, 36.733, "1941-12-17", "Soviet Union", SKIP),  # 15 Dec
    ("Solnechnogorsk", 56.183, 36.983, "1941-12-05", "Germany", SKIP),  # 23 Nov - 12 Dec
    ("Istra", 55.917, 36.867, "1941-12-05", "Germany", SKIP),  # 27 Nov - 11 Dec
    ("Kalinin", 56.859, 35.912, "1941-12-18", "Soviet Union", SKIP),  # 16 Dec
    ("Volokolamsk", 56.036, 35.958, "1941-12-22", "Soviet Union", SKIP),  # 20 Dec
    ("Tula", 54.193, 37.618, "1941-12-01", "Soviet Union", SKIP),  # never taken
    ("Sevastopol", 44.580, 33.560, "1941-12-20", "Soviet Union", SKIP),  # not taken in 1941
    ("Kaluga", 54.514, 36.261, "1941-12-31", "Soviet Union", SKIP),  # 30 Dec
    ("Kerch", 45.350, 36.440, "1941-12-31", "Soviet Union", SKIP),  # 30 Dec
    ("Murmansk", 68.970, 33.080, "1941-12-31", "Soviet Union", SKIP),
    ("Voronezh", 51.672, 39.184, "1941-12-31", "Soviet Union", SKIP),
]
# fmt: on

# A sixth batch (2026), written the same way after the fifth batch's fixes, on
# places and dates the earlier batches left out (more 1941 towns, the
# Sudetenland zones, the Second Vienna Award, the Greco-Italian war, Anatolia
# 1919-22, North Africa and the Levant). First pass: 98 of 131 agreed (74.8 %):
# 28 misses were 1941 towns taken or retaken between two front snapshots, 2 the
# Greek zone in Anatolia (drawn at its 1921 extent from 1919), Tetouan (the
# Spanish zone of Morocco was not split), Pogradec (Greek from 30 Nov 1940): all
# fixed in the data; Ohrid was the check's error (Bulgarian, not Italian).
# fmt: off
CASES_6: list[tuple[str, float, float, str, str, str | None]] = [
    # --- 1918-1923 -----------------------------------------------------------------
    ("Beirut", 33.888, 35.510, "1918-06-01", "Ottoman Empire", SKIP),
    ("Beirut", 33.888, 35.510, "1918-11-01", "France", SKIP),  # 8 Oct 1918
    ("Aleppo", 36.202, 37.134, "1918-06-01", "Ottoman Empire", SKIP),
    ("Aleppo", 36.202, 37.134, "1919-06-01", "Arab Kingdom of Syria", SKIP),
    ("Aleppo", 36.202, 37.134, "1921-06-01", "France", SKIP),
    ("Haifa", 32.800, 35.010, "1918-06-01", "Ottoman Empire", SKIP),  # taken 23 Sep 1918
    ("Haifa", 32.800, 35.010, "1918-11-01", "United Kingdom", SKIP),
    ("Tampere", 61.498, 23.761, "1918-03-15", "Finland", SKIP),  # Red-held: a front feature
    ("Tampere", 61.498, 23.761, "1918-05-01", "Finland", SKIP),
    ("Eskisehir", 39.777, 30.521, "1920-06-01", "Turkey", SKIP),
    ("Eskisehir", 39.777, 30.521, "1921-09-01", "Greece", SKIP),  # 19 Jul 1921
    ("Afyonkarahisar", 38.757, 30.540, "1922-09-05", "Turkey", SKIP),  # 27 Aug 1922
    ("Usak", 38.682, 29.408, "1921-01-01", "Greece", SKIP),  # Aug 1920
    ("Sukhumi", 43.003, 41.023, "1919-06-01", "Georgia", SKIP),
    ("Sochi", 43.585, 39.723, "1919-08-01", "White movement", SKIP),
    ("Kosice", 48.717, 21.261, "1919-06-20", "Hungary", SKIP),  # Hungarian Red Army 6 Jun - 5 Jul 1919
    ("Kosice", 48.717, 21.261, "1919-08-01", "Czechoslovakia", SKIP),
    ("Debrecen", 47.530, 21.639, "1919-06-01", "Romania", SKIP),  # the Tisza line, 1 May 1919
    ("Debrecen", 47.530, 21.639, "1920-06-01", "Hungary", SKIP),
    ("Constanta", 44.180, 28.620, "1919-06-01", "Romania", SKIP),
    ("Dublin", 53.349, -6.260, "1920-06-01", "United Kingdom", SKIP),
    ("Belfast", 54.597, -5.930, "1925-06-01", "United Kingdom", SKIP),
    ("Rijeka", 45.327, 14.442, "1924-03-20", "Italy", SKIP),  # Treaty of Rome 27 Jan, annexed 16 Mar 1924
    ("Dortmund", 51.514, 7.466, "1923-06-01", "France", SKIP),  # Ruhr
    ("Dortmund", 51.514, 7.466, "1926-06-01", "Germany", SKIP),
    # --- capitals and big towns, interwar -------------------------------------------
    ("Valletta", 35.899, 14.514, "1930-06-01", "United Kingdom", SKIP),
    ("Nicosia", 35.176, 33.365, "1918-06-01", "United Kingdom", SKIP),
    ("Tetouan", 35.578, -5.368, "1930-06-01", "Spain", SKIP),  # Spanish protectorate
    ("Casablanca", 33.573, -7.590, "1930-06-01", "France", SKIP),
    ("Oran", 35.697, -0.633, "1935-06-01", "France", SKIP),
    ("Benghazi", 32.100, 20.100, "1935-06-01", "Italy", SKIP),
    ("Alexandria", 31.200, 29.918, "1935-06-01", "Egypt", SKIP),
    ("Amman", 31.954, 35.910, "1935-06-01", "United Kingdom", SKIP),  # Transjordan mandate
    ("Kuwait", 29.376, 47.977, "1935-06-01", "United Kingdom", SKIP),
    ("Monaco", 43.738, 7.424, "1935-06-01", "Monaco", SKIP),
    ("San Marino", 43.936, 12.447, "1935-06-01", "San Marino", SKIP),
    ("Milan", 45.464, 9.190, "1935-06-01", "Italy", SKIP),
    ("Munich", 48.137, 11.576, "1923-11-09", "Germany", SKIP),
    ("Hamburg", 53.551, 9.994, "1933-01-30", "Germany", SKIP),
    ("Geneva", 46.204, 6.143, "1935-06-01", "Switzerland", SKIP),
    ("Barcelona", 41.385, 2.173, "1939-02-01", "Spain", SKIP),
    ("Seville", 37.389, -5.984, "1936-08-01", "Spain", SKIP),
    ("Lviv", 49.842, 24.031, "1930-06-01", "Poland", None),
    ("Kyiv", 50.450, 30.523, "1934-06-24", "Soviet Union", None),
    ("Kharkiv", 49.994, 36.230, "1930-06-01", "Soviet Union", SKIP),
    ("Minsk", 53.900, 27.567, "1935-06-01", "Soviet Union", SKIP),
    # --- 1938-1940 --------------------------------------------------------------------
    ("Liberec", 50.767, 15.056, "1938-10-15", "Germany", SKIP),
    ("Karlovy Vary", 50.231, 12.872, "1938-10-15", "Germany", SKIP),
    ("Opava", 49.938, 17.903, "1938-10-15", "Germany", SKIP),
    ("Znojmo", 48.856, 16.049, "1938-10-15", "Germany", SKIP),
    ("Usti nad Labem", 50.661, 14.032, "1938-10-15", "Germany", SKIP),
    ("Brno", 49.195, 16.607, "1938-10-15", "Czechoslovakia", SKIP),
    ("Plzen", 49.738, 13.373, "1938-10-15", "Czechoslovakia", SKIP),
    ("Ceske Budejovice", 48.975, 14.474, "1938-10-15", "Czechoslovakia", SKIP),
    ("Brno", 49.195, 16.607, "1939-04-01", "Germany", SKIP),
    ("Tallinn", 59.437, 24.754, "1940-06-16", "Estonia", SKIP),
    ("Tallinn", 59.437, 24.754, "1940-06-18", "Soviet Union", SKIP),
    ("Kaunas", 54.898, 23.903, "1940-06-14", "Lithuania", SKIP),
    ("Kaunas", 54.898, 23.903, "1940-06-16", "Soviet Union", SKIP),
    ("Satu Mare", 47.790, 22.885, "1940-09-10", "Hungary", SKIP),  # 5 Sep 1940
    ("Baia Mare", 47.659, 23.568, "1940-09-10", "Hungary", SKIP),
    ("Sighetu Marmatiei", 47.928, 23.892, "1940-09-10", "Hungary", SKIP),
    ("Balchik", 43.408, 28.163, "1940-09-25", "Bulgaria", SKIP),
    ("Pogradec", 40.902, 20.653, "1940-12-05", "Greece", SKIP),  # 30 Nov 1940
    ("Sarande", 39.876, 20.010, "1940-12-10", "Greece", SKIP),  # 6 Dec 1940
    ("Tepelene", 40.297, 20.019, "1941-02-01", "Italy", SKIP),  # never taken
    ("Ioannina", 39.665, 20.853, "1940-11-10", "Greece", SKIP),
    ("Liepaja", 56.510, 21.030, "1940-09-01", "Soviet Union", SKIP),
    # --- 1941 Balkans -----------------------------------------------------------------
    ("Ljubljana", 46.056, 14.506, "1941-04-13", "Italy", SKIP),  # 11 Apr 1941
    ("Maribor", 46.554, 15.646, "1941-04-12", "Germany", SKIP),  # 8-10 Apr
    ("Zagreb", 45.815, 15.982, "1941-04-12", "Croatia", SKIP),  # 10 Apr
    ("Kotor", 42.425, 18.771, "1941-05-01", "Italy", SKIP),
    ("Bitola", 41.031, 21.335, "1941-04-14", "Germany", SKIP),  # 10 Apr
    ("Bitola", 41.031, 21.335, "1941-06-01", "Bulgaria", SKIP),
    ("Ohrid", 41.117, 20.802, "1941-06-01", "Bulgaria", SKIP),  # corrected: Bulgarian (Struga Italian)
    ("Pristina", 42.663, 21.165, "1941-06-01", "Italy", SKIP),
    ("Mitrovica", 42.891, 20.866, "1941-06-01", "Germany", SKIP),
    ("Sitia", 35.205, 26.105, "1941-07-01", "Italy", SKIP),
    ("Volos", 39.362, 22.942, "1941-04-24", "Germany", SKIP),  # 21 Apr
    # --- 1941 east --------------------------------------------------------------------
    ("Jelgava", 56.650, 23.713, "1941-07-01", "Germany", SKIP),  # 29 Jun
    ("Ventspils", 57.390, 21.570, "1941-07-03", "Germany", SKIP),  # 1 Jul
    ("Valmiera", 57.541, 25.427, "1941-07-06", "Germany", SKIP),  # 3-4 Jul
    ("Rakvere", 59.346, 26.355, "1941-08-12", "Germany", SKIP),  # 8 Aug
    ("Kuressaare", 58.253, 22.485, "1941-10-01", "Germany", SKIP),  # 21 Sep; Sõrve to 5 Oct
    ("Kovel", 51.215, 24.709, "1941-06-30", "Germany", SKIP),  # 28 Jun
    ("Slutsk", 53.027, 27.560, "1941-06-30", "Germany", SKIP),  # 26-27 Jun
    ("Barysaw", 54.228, 28.505, "1941-07-04", "Germany", SKIP),  # 1-2 Jul
    ("Lepel", 54.880, 28.699, "1941-07-06", "Germany", SKIP),  # 3-4 Jul
    ("Porkhov", 57.773, 29.560, "1941-07-16", "Germany", SKIP),  # 13 Jul
    ("Nevel", 56.021, 29.925, "1941-07-19", "Germany", SKIP),  # 16 Jul
    ("Dno", 57.827, 29.963, "1941-07-22", "Germany", SKIP),  # 19 Jul
    ("Kholm", 57.145, 31.184, "1941-08-07", "Germany", SKIP),  # 3 Aug
    ("Kryvyi Rih", 47.910, 33.392, "1941-08-17", "Germany", SKIP),  # 14-15 Aug
    ("Nikopol", 47.567, 34.396, "1941-08-20", "Germany", SKIP),  # 17 Aug
    ("Kherson", 46.640, 32.640, "1941-08-21", "Germany", SKIP),  # 19 Aug
    ("Cherkasy", 49.444, 32.060, "1941-08-25", "Germany", SKIP),  # 22 Aug
    ("Rechytsa", 52.363, 30.392, "1941-08-26", "Germany", SKIP),  # 23 Aug
    ("Toropets", 56.497, 31.640, "1941-09-01", "Germany", SKIP),  # 29 Aug
    ("Mga", 59.749, 31.063, "1941-09-05", "Germany", SKIP),  # 30 Aug - 1 Sep
    ("Demyansk", 57.643, 32.467, "1941-09-12", "Germany", SKIP),  # 8 Sep
    ("Peterhof", 59.883, 29.905, "1941-09-26", "Germany", SKIP),  # 23 Sep
    ("Oranienbaum", 59.915, 29.763, "1941-10-01", "Soviet Union", SKIP),  # the bridgehead
    ("Kronstadt", 59.990, 29.770, "1941-10-01", "Soviet Union", SKIP),
    ("Melitopol", 46.849, 35.367, "1941-10-08", "Germany", SKIP),  # 6 Oct
    ("Berdiansk", 46.757, 36.798, "1941-10-09", "Germany", SKIP),  # 6-7 Oct
    ("Mtsensk", 53.280, 36.574, "1941-10-14", "Germany", SKIP),  # 11 Oct
    ("Staritsa", 56.506, 34.934, "1941-10-15", "Germany", SKIP),  # 12 Oct
    ("Ruza", 55.700, 36.196, "1941-11-10", "Germany", SKIP),  # 27 Oct
    ("Horlivka", 48.300, 38.050, "1941-11-05", "Germany", SKIP),  # 29 Oct
    ("Artemivsk", 48.595, 38.001, "1941-11-05", "Germany", SKIP),  # 31 Oct - 1 Nov
    ("Evpatoria", 45.200, 33.370, "1941-11-05", "Germany", SKIP),  # 31 Oct
    ("Dzhankoi", 45.709, 34.393, "1941-11-05", "Germany", SKIP),  # 1 Nov
    ("Malaya Vishera", 58.846, 32.224, "1941-11-01", "Germany", SKIP),  # 23 Oct - 20 Nov
    ("Malaya Vishera", 58.846, 32.224, "1941-11-25", "Soviet Union", SKIP),
    ("Volkhov", 59.925, 32.338, "1941-12-01", "Soviet Union", SKIP),  # never taken
    ("Venev", 54.354, 38.268, "1941-11-28", "Germany", SKIP),  # 24 Nov - 9 Dec
    ("Yefremov", 53.147, 38.124, "1941-12-20", "Soviet Union", SKIP),  # 13 Dec
    ("Yelets", 52.620, 38.500, "1941-12-15", "Soviet Union", SKIP),  # 9 Dec
    ("Istra", 55.917, 36.867, "1941-12-15", "Soviet Union", SKIP),  # 11 Dec
    ("Solnechnogorsk", 56.183, 36.983, "1941-12-15", "Soviet Union", SKIP),  # 12 Dec
    ("Ruza", 55.700, 36.196, "1941-12-31", "Germany", SKIP),  # 17 Jan 1942
    ("Mozhaysk", 55.506, 36.017, "1941-12-31", "Germany", SKIP),  # 20 Jan 1942
    ("Rzhev", 56.262, 34.329, "1941-12-31", "Germany", SKIP),
    ("Vyazma", 55.210, 34.296, "1941-12-31", "Germany", SKIP),
    ("Kozelsk", 54.035, 35.781, "1941-12-31", "Soviet Union", SKIP),  # 28 Dec
    ("Feodosia", 45.030, 35.350, "1941-12-31", "Soviet Union", SKIP),  # 29 Dec
    ("Taganrog", 47.230, 38.880, "1941-12-31", "Germany", SKIP),
    ("Rostov", 47.222, 39.720, "1941-12-05", "Soviet Union", SKIP),
    ("Medvezhyegorsk", 62.912, 34.456, "1941-12-10", "Finland", SKIP),  # 5-6 Dec
    ("Lodeynoye Pole", 60.726, 33.553, "1941-12-01", "Soviet Union", SKIP),
    ("Hanko", 59.823, 22.968, "1941-12-10", "Finland", SKIP),
]
# fmt: on

# A seventh batch (2026), written after the sixth batch's fixes, on the first
# days of the invasions and more 1941 towns. First pass: 52 of 79 agreed
# (65.8 %): 6 Polish towns of 1-9 Sep 1939, 16 towns of 1941 between two front
# snapshots, Eindhoven (12 May 1940), Florina (11 Apr 1941) and Kolpino (drawn
# German from late Sep 1941: never taken) were fixed in the data, and so was Laon
# (French until 10 Jun 1940 in the data; German from about 18-19 May; the
# check's day moved to 21 May, as the exact day is uncertain); Zemun (Syrmia is
# not split) is a known limit.
# fmt: off
CASES_7: list[tuple[str, float, float, str, str, str | None]] = [
    # --- Poland 1939 --------------------------------------------------------------
    ("Tczew", 54.092, 18.778, "1939-09-03", "Germany", SKIP),  # 1-2 Sep
    ("Chojnice", 53.697, 17.557, "1939-09-03", "Germany", SKIP),  # 1 Sep
    ("Wielun", 51.221, 18.570, "1939-09-03", "Germany", SKIP),  # 1 Sep
    ("Mlawa", 53.112, 20.384, "1939-09-05", "Germany", SKIP),  # 3 Sep
    ("Piotrkow", 51.405, 19.703, "1939-09-07", "Germany", SKIP),  # 5-6 Sep
    ("Tarnow", 50.013, 20.989, "1939-09-09", "Germany", SKIP),  # 7-8 Sep
    ("Rzeszow", 50.041, 21.999, "1939-09-11", "Germany", SKIP),  # 8-9 Sep
    ("Przemysl", 49.784, 22.768, "1939-09-17", "Germany", SKIP),  # 14-15 Sep
    ("Warsaw", 52.230, 21.011, "1939-09-12", "Poland", SKIP),
    # --- 1940 ---------------------------------------------------------------------
    ("Namsos", 64.467, 11.495, "1940-04-25", "Norway", SKIP),  # Allied landing to 3 May
    ("Voss", 60.628, 6.416, "1940-04-25", "Norway", SKIP),
    ("Elverum", 60.881, 11.563, "1940-04-12", "Norway", SKIP),
    ("The Hague", 52.078, 4.300, "1940-05-16", "Germany", SKIP),
    ("Utrecht", 52.091, 5.122, "1940-05-16", "Germany", SKIP),
    ("Eindhoven", 51.441, 5.470, "1940-05-14", "Germany", SKIP),  # 11-12 May
    ("Middelburg", 51.499, 3.611, "1940-05-20", "Germany", SKIP),  # Zeeland 17-18 May
    ("Charleroi", 50.411, 4.444, "1940-05-19", "Germany", SKIP),  # 16-17 May
    ("Mons", 50.454, 3.952, "1940-05-19", "Germany", SKIP),  # 17 May
    ("Laon", 49.564, 3.620, "1940-05-21", "Germany", SKIP),  # about 18-19 May (moved from 19 May: the day is uncertain)
    ("Saint-Quentin", 49.847, 3.287, "1940-05-20", "Germany", SKIP),  # 18-19 May
    ("Abbeville", 50.106, 1.834, "1940-05-22", "Germany", SKIP),  # 20 May
    ("Arras", 50.291, 2.777, "1940-05-26", "Germany", SKIP),  # 24 May
    ("Boulogne", 50.726, 1.614, "1940-05-27", "Germany", SKIP),  # 25 May
    ("Besancon", 47.238, 6.024, "1940-06-18", "Germany", SKIP),  # 16 Jun
    ("Nancy", 48.692, 6.184, "1940-06-19", "Germany", SKIP),  # 18 Jun
    ("Rennes", 48.117, -1.678, "1940-06-19", "Germany", SKIP),  # 18 Jun
    ("Caen", 49.183, -0.370, "1940-06-20", "Germany", SKIP),  # 18 Jun
    ("Brest (France)", 48.400, -4.480, "1940-06-20", "Germany", SKIP),  # 19 Jun
    ("Tours", 47.394, 0.685, "1940-07-10", "Germany", SKIP),  # occupied zone
    ("Angouleme", 45.650, 0.160, "1940-07-10", "Germany", SKIP),  # occupied zone
    ("Bayonne", 43.493, -1.475, "1940-07-10", "Germany", SKIP),  # Atlantic strip
    ("Pau", 43.295, -0.371, "1940-07-10", "France", SKIP),
    ("Limoges", 45.834, 1.261, "1940-07-10", "France", SKIP),
    ("Toulouse", 43.605, 1.444, "1940-07-10", "France", SKIP),
    # --- 1941 Balkans -------------------------------------------------------------
    ("Mostar", 43.343, 17.808, "1941-06-01", "Croatia", SKIP),
    ("Zemun", 44.843, 20.401, "1941-06-01", "Croatia", SKIP),
    ("Pancevo", 44.871, 20.640, "1941-06-01", "Germany", SKIP),  # the Banat
    ("Kragujevac", 44.012, 20.926, "1941-06-01", "Germany", SKIP),
    ("Florina", 40.782, 21.409, "1941-04-15", "Germany", SKIP),  # 11-12 Apr
    # --- Barbarossa ---------------------------------------------------------------
    ("Marijampole", 54.560, 23.350, "1941-06-23", "Germany", SKIP),  # 22 Jun
    ("Alytus", 54.396, 24.046, "1941-06-24", "Germany", SKIP),  # 22-23 Jun
    ("Taurage", 55.252, 22.289, "1941-06-23", "Germany", SKIP),
    ("Kobryn", 52.214, 24.357, "1941-06-25", "Germany", SKIP),  # 23 Jun
    ("Volodymyr", 50.848, 24.320, "1941-06-24", "Germany", SKIP),  # 22-23 Jun
    ("Slonim", 53.094, 25.319, "1941-06-27", "Germany", SKIP),  # 25 Jun
    ("Ukmerge", 55.249, 24.760, "1941-06-28", "Germany", SKIP),  # 25-26 Jun
    ("Utena", 55.497, 25.603, "1941-06-28", "Germany", SKIP),  # 26 Jun
    ("Lida", 53.888, 25.299, "1941-06-29", "Germany", SKIP),  # 26-27 Jun
    ("Maladzyechna", 54.311, 26.839, "1941-06-28", "Germany", SKIP),  # 25-26 Jun
    ("Jekabpils", 56.499, 25.857, "1941-07-01", "Germany", SKIP),  # 28-29 Jun
    ("Kuldiga", 56.968, 21.968, "1941-07-01", "Germany", SKIP),  # 28-29 Jun
    ("Zolochiv", 49.807, 24.903, "1941-07-04", "Germany", SKIP),  # 2 Jul
    ("Kremenets", 50.103, 25.726, "1941-07-05", "Germany", SKIP),  # 2-3 Jul
    ("Ludza", 56.546, 27.719, "1941-07-07", "Germany", SKIP),  # 4-5 Jul
    ("Cesis", 57.313, 25.271, "1941-07-07", "Germany", SKIP),  # 4 Jul
    ("Opochka", 56.710, 28.650, "1941-07-12", "Germany", SKIP),  # 9 Jul
    ("Balti", 47.762, 27.929, "1941-07-14", "Romania", SKIP),  # 9 Jul
    ("Pervomaisk", 48.044, 30.851, "1941-08-05", "Germany", SKIP),  # 3 Aug
    ("Tosno", 59.541, 30.877, "1941-09-01", "Germany", SKIP),  # 29 Aug
    ("Lyuban", 59.350, 31.250, "1941-09-01", "Germany", SKIP),  # 25-28 Aug
    ("Zelenogorsk", 60.205, 29.720, "1941-09-05", "Finland", SKIP),  # Terijoki 31 Aug - 1 Sep
    ("Krasnoye Selo", 59.739, 30.085, "1941-09-15", "Germany", SKIP),  # 12 Sep
    ("Kolpino", 59.750, 30.590, "1941-10-01", "Soviet Union", SKIP),  # never taken
    ("Sestroretsk", 60.098, 29.963, "1941-10-01", "Soviet Union", SKIP),
    ("Romny", 50.751, 33.475, "1941-09-14", "Germany", SKIP),  # 10-11 Sep
    ("Lubny", 50.018, 32.997, "1941-09-16", "Germany", SKIP),  # 12-13 Sep
    ("Nizhyn", 51.048, 31.886, "1941-09-17", "Germany", SKIP),  # 15 Sep
    ("Yukhnov", 54.745, 35.233, "1941-10-08", "Germany", SKIP),  # 5 Oct
    ("Zubtsov", 56.176, 34.584, "1941-10-18", "Germany", SKIP),  # ~14 Oct
    ("Makiivka", 48.048, 37.926, "1941-10-25", "Germany", SKIP),  # 21-22 Oct
    ("Alushta", 44.676, 34.410, "1941-11-07", "Germany", SKIP),  # 4 Nov
    ("Naro-Fominsk", 55.386, 36.733, "1941-11-15", "Soviet Union", SKIP),
    ("Dmitrov", 56.344, 37.520, "1941-12-01", "Soviet Union", SKIP),
    ("Serpukhov", 54.913, 37.412, "1941-12-01", "Soviet Union", SKIP),
    ("Kashira", 54.834, 38.151, "1941-12-01", "Soviet Union", SKIP),
    ("Shakhty", 47.709, 40.216, "1941-12-01", "Soviet Union", SKIP),
    ("Lysychansk", 48.904, 38.442, "1941-12-01", "Soviet Union", SKIP),
    ("Torzhok", 57.041, 34.960, "1941-11-15", "Soviet Union", SKIP),
    ("Karkkila", 60.535, 24.210, "1941-10-01", "Finland", SKIP),
]
# fmt: on

# An eighth batch (2026), 252 cases written from the record before looking at
# the data, sampled as an outside reviewer would: every year 1918-1941, capitals
# and well-known towns as well as borderlands, days just after the famous changes
# (Anschluss, Munich zones, Prague, Memel, Albania, the Vienna Awards, Bessarabia,
# Southern Dobruja, the Balkan campaign) and Molotov-Ribbentrop spheres. First
# pass: 248 of 252 agreed (98.4 %). All four failures were the data's and were
# fixed: Tsaribrod in 1918 (the Western Outlands were Bulgarian until the Treaty
# of Neuilly came into force, 9 Aug 1920; drawn as occupied Serbia), Gaziantep in
# 1921 (French from the surrender of Aintab, 8 Feb 1921, to 25 Dec 1921), Lastovo
# (Italian Lagosta 1918-1943, drawn Yugoslav) and Terijoki on 5 Dec 1939 (taken
# 1 Dec 1939; the advance to the Mannerheim Line was drawn only from 6 Dec).
# fmt: off
CASES_8: list[tuple[str, float, float, str, str, str | None]] = [
    # --- 1918 -----------------------------------------------------------------
    ("Lublin", 51.247, 22.568, "1918-07-01", "Austria-Hungary", SKIP),  # Military Government of Lublin
    ("Kharkiv", 49.994, 36.230, "1918-06-15", "Ukraine", SKIP),  # Hetmanate
    ("Bucharest", 44.427, 26.103, "1918-10-01", "Germany", SKIP),
    ("Belgrade", 44.787, 20.457, "1918-10-15", "Austria-Hungary", SKIP),  # retaken 1 Nov
    ("Sofia", 42.698, 23.322, "1918-06-01", "Bulgaria", SKIP),
    ("Berlin", 52.520, 13.405, "1918-06-01", "Germany", SKIP),
    ("Prague", 50.075, 14.437, "1918-10-15", "Austria-Hungary", SKIP),
    ("Metz", 49.119, 6.176, "1918-06-01", "Germany", SKIP),
    ("Mulhouse", 47.750, 7.336, "1918-12-01", "France", SKIP),
    ("Tallinn", 59.437, 24.754, "1918-12-01", "Estonia", SKIP),  # Germans left Nov 1918
    ("Tbilisi", 41.716, 44.783, "1918-09-01", "Georgia", SKIP),  # 26 May 1918
    ("Yerevan", 40.179, 44.499, "1918-09-01", "Armenia", SKIP),
    ("Ganja", 40.683, 46.361, "1918-09-01", "Azerbaijan", SKIP),
    ("Erzurum", 39.905, 41.265, "1918-06-01", "Ottoman Empire", SKIP),  # retaken 12 Mar 1918
    ("Trabzon", 40.995, 39.720, "1918-06-01", "Ottoman Empire", SKIP),
    ("Arkhangelsk", 64.539, 40.516, "1918-10-01", "White movement", SKIP),  # 2 Aug 1918
    ("Kazan", 55.796, 49.106, "1918-11-01", "Soviet Russia", SKIP),  # retaken 10 Sep
    ("Dimitrovgrad (Tsaribrod)", 43.016, 22.775, "1918-06-01", "Bulgaria", SKIP),  # Bulgarian 1878 - Neuilly (in force 9 Aug 1920)
    ("Paris", 48.857, 2.352, "1918-07-15", "France", SKIP),
    ("Rome", 41.902, 12.496, "1918-06-01", "Italy", SKIP),
    ("London", 51.507, -0.128, "1918-06-01", "United Kingdom", SKIP),
    ("Madrid", 40.417, -3.704, "1918-06-01", "Spain", SKIP),
    # --- 1919 -----------------------------------------------------------------
    ("Riga", 56.949, 24.105, "1919-02-01", "Soviet Russia", SKIP),  # 3 Jan - 22 May 1919
    ("Tartu", 58.378, 26.729, "1919-06-01", "Estonia", SKIP),
    ("Budapest", 47.498, 19.040, "1919-04-15", "Hungary", SKIP),  # Soviet Republic
    ("Sibiu", 45.793, 24.152, "1919-06-01", "Romania", SKIP),
    ("Komarno", 47.770, 18.130, "1919-09-01", "Czechoslovakia", SKIP),
    ("Cologne", 50.938, 6.960, "1919-06-01", "Germany", SKIP),  # Allied occupation, German state
    ("Ufa", 54.735, 55.958, "1919-04-15", "White movement", SKIP),  # Kolchak 13 Mar 1919
    ("Ufa", 54.735, 55.958, "1919-08-01", "Soviet Russia", SKIP),  # 9 Jun 1919
    ("Perm", 58.010, 56.229, "1919-08-01", "Soviet Russia", SKIP),  # 1 Jul 1919
    ("Oryol", 52.968, 36.069, "1919-10-17", "White movement", SKIP),  # 13-20 Oct 1919
    ("Tbilisi", 41.716, 44.783, "1919-06-01", "Georgia", SKIP),
    ("London", 51.507, -0.128, "1919-06-28", "United Kingdom", SKIP),
    ("Athens", 37.984, 23.728, "1919-06-01", "Greece", SKIP),
    ("Lisbon", 38.722, -9.139, "1919-06-01", "Portugal", SKIP),
    # --- 1920 -----------------------------------------------------------------
    ("Torun", 53.013, 18.598, "1920-03-01", "Poland", SKIP),  # Jan 1920
    ("Grodno", 53.678, 23.830, "1920-10-01", "Poland", SKIP),  # 26 Sep 1920
    ("Kyiv", 50.450, 30.523, "1920-05-15", "Poland", SKIP),  # 7 May - 13 Jun 1920
    ("Tsaritsyn", 48.708, 44.513, "1920-03-01", "Soviet Russia", SKIP),
    ("Novorossiysk", 44.725, 37.760, "1920-04-01", "Soviet Russia", SKIP),  # 27 Mar 1920
    ("Krasnodar", 45.035, 38.975, "1920-04-01", "Soviet Russia", SKIP),
    ("Arkhangelsk", 64.539, 40.516, "1920-03-01", "Soviet Russia", SKIP),  # 21 Feb 1920
    ("Simferopol", 44.952, 34.102, "1920-12-01", "Soviet Russia", SKIP),  # Nov 1920
    ("Timisoara", 45.754, 21.226, "1920-06-01", "Romania", SKIP),
    ("Kaunas", 54.898, 23.903, "1920-06-01", "Lithuania", SKIP),
    ("Bern", 46.948, 7.447, "1920-06-01", "Switzerland", SKIP),
    # --- 1921-1923 ------------------------------------------------------------
    ("Klagenfurt", 46.624, 14.308, "1921-06-01", "Austria", SKIP),
    ("Sivas", 39.748, 37.017, "1921-06-01", "Turkey", SKIP),
    ("Gaziantep", 37.066, 37.383, "1921-03-01", "France", SKIP),  # surrendered 8 Feb 1921
    ("Cork", 51.898, -8.475, "1921-06-01", "United Kingdom", SKIP),
    ("Afyon", 38.757, 30.538, "1922-09-15", "Turkey", SKIP),  # 27 Aug 1922
    ("Katowice", 50.264, 19.024, "1923-01-01", "Poland", SKIP),  # Jun 1922
    ("Opole", 50.675, 17.921, "1923-01-01", "Germany", SKIP),
    ("Moscow", 55.756, 37.617, "1921-06-01", "Soviet Russia", SKIP),
    ("Warsaw", 52.230, 21.011, "1922-06-01", "Poland", SKIP),
    ("Bucharest", 44.427, 26.103, "1922-06-01", "Romania", SKIP),
    ("Edirne", 41.677, 26.556, "1923-06-01", "Turkey", SKIP),  # Mudanya, Nov 1922
    ("Dublin", 53.350, -6.260, "1923-06-01", "Ireland", SKIP),
    ("Ankara", 39.933, 32.860, "1923-10-29", "Turkey", SKIP),
    ("Kyiv", 50.450, 30.523, "1923-06-01", "Soviet Union", SKIP),
    ("Tirana", 41.328, 19.819, "1922-06-01", "Albania", SKIP),
    ("Oslo", 59.913, 10.752, "1922-06-01", "Norway", SKIP),
    # --- 1924-1929 ------------------------------------------------------------
    ("Ivangorod", 59.360, 28.235, "1925-06-01", "Estonia", SKIP),  # Tartu 1920
    ("Pytalovo", 57.067, 27.917, "1926-06-01", "Latvia", SKIP),  # Abrene
    ("Olsztyn", 53.778, 20.480, "1925-06-01", "Germany", SKIP),  # plebiscite 1920
    ("Kwidzyn", 53.734, 18.931, "1926-06-01", "Germany", SKIP),
    ("Dzialdowo", 53.238, 20.170, "1925-06-01", "Poland", SKIP),
    ("Suwalki", 54.102, 22.930, "1927-06-01", "Poland", SKIP),
    ("Hlucin", 49.897, 18.192, "1925-06-01", "Czechoslovakia", SKIP),
    ("Aabenraa", 55.045, 9.400, "1925-06-01", "Denmark", SKIP),
    ("Oberwart", 47.289, 16.206, "1925-06-01", "Austria", SKIP),
    ("Trento", 46.067, 11.121, "1925-06-01", "Italy", SKIP),
    ("Cologne", 50.938, 6.960, "1925-06-01", "Germany", SKIP),
    ("Stanislawow", 48.922, 24.711, "1925-06-01", "Poland", SKIP),
    ("Paris", 48.857, 2.352, "1925-06-01", "France", SKIP),
    ("Copenhagen", 55.680, 12.559, "1925-06-01", "Denmark", SKIP),
    ("Helsinki", 60.170, 24.938, "1925-06-01", "Finland", SKIP),
    ("Ioannina", 39.665, 20.853, "1925-06-01", "Greece", SKIP),
    ("Shkoder", 42.068, 19.512, "1926-06-01", "Albania", SKIP),
    ("Sarajevo", 43.856, 18.413, "1926-06-01", "Yugoslavia", SKIP),
    ("Timisoara", 45.754, 21.226, "1927-06-01", "Romania", SKIP),
    ("Miskolc", 48.104, 20.778, "1927-06-01", "Hungary", SKIP),
    ("Amsterdam", 52.370, 4.895, "1927-06-01", "Netherlands", SKIP),
    ("Geneva", 46.204, 6.143, "1927-06-01", "Switzerland", SKIP),
    ("Berlin", 52.520, 13.405, "1928-06-01", "Germany", SKIP),
    ("Leningrad", 59.934, 30.335, "1928-06-01", "Soviet Union", SKIP),
    ("Sukhumi", 43.005, 41.035, "1928-06-01", "Soviet Union", SKIP),
    ("Konya", 37.871, 32.484, "1928-06-01", "Turkey", SKIP),
    ("Wroclaw", 51.108, 17.039, "1928-06-01", "Germany", SKIP),
    ("Lastovo", 42.755, 16.880, "1929-06-01", "Italy", SKIP),  # Lagosta, Rapallo 1920
    ("Vilnius", 54.687, 25.280, "1929-06-01", "Poland", SKIP),
    ("Sofia", 42.698, 23.322, "1929-06-01", "Bulgaria", SKIP),
    ("Madrid", 40.417, -3.704, "1929-06-01", "Spain", SKIP),
    ("Pula", 44.867, 13.850, "1929-06-01", "Italy", SKIP),
    # --- 1930-1937 ------------------------------------------------------------
    ("Monaco", 43.738, 7.424, "1931-06-01", "Monaco", SKIP),
    ("San Marino", 43.936, 12.447, "1931-06-01", "San Marino", SKIP),
    ("Edinburgh", 55.953, -3.188, "1931-06-01", "United Kingdom", SKIP),
    ("Barcelona", 41.390, 2.165, "1931-06-01", "Spain", SKIP),
    ("Gibraltar", 36.140, -5.350, "1932-06-01", "United Kingdom", SKIP),
    ("Grudziadz", 53.484, 18.754, "1932-06-01", "Poland", SKIP),
    ("Kharkiv", 49.994, 36.230, "1932-06-01", "Soviet Union", SKIP),
    ("Galati", 45.435, 28.008, "1932-06-01", "Romania", SKIP),
    ("Szczecin", 53.428, 14.553, "1933-06-01", "Germany", SKIP),
    ("Aleppo", 36.202, 37.134, "1933-06-01", "France", SKIP),
    ("Haifa", 32.800, 35.010, "1933-06-01", "United Kingdom", SKIP),
    ("Vienna", 48.208, 16.373, "1934-07-25", "Austria", SKIP),
    ("Nizhny Novgorod", 56.327, 44.006, "1934-06-01", "Soviet Union", SKIP),
    ("Porto", 41.158, -8.629, "1934-06-01", "Portugal", SKIP),
    ("Limassol", 34.690, 33.030, "1935-06-01", "United Kingdom", SKIP),
    ("Naples", 40.852, 14.268, "1935-06-01", "Italy", SKIP),
    ("Trabzon", 40.995, 39.720, "1935-06-01", "Turkey", SKIP),
    ("Cetinje", 42.390, 18.923, "1935-06-01", "Yugoslavia", SKIP),
    ("Cardiff", 51.481, -3.179, "1936-06-01", "United Kingdom", SKIP),
    ("Vladikavkaz", 43.024, 44.682, "1936-06-01", "Soviet Union", SKIP),
    ("Plovdiv", 42.136, 24.745, "1936-06-01", "Bulgaria", SKIP),
    ("Bilbao", 43.263, -2.935, "1937-08-01", "Spain", SKIP),
    ("Salzburg", 47.809, 13.055, "1937-06-01", "Austria", SKIP),
    ("Galati", 45.435, 28.008, "1937-06-01", "Romania", SKIP),
    ("Debrecen", 47.531, 21.624, "1937-06-01", "Hungary", SKIP),
    ("Makhachkala", 42.975, 47.490, "1937-06-01", "Soviet Union", SKIP),
    # --- 1938 -----------------------------------------------------------------
    ("Linz", 48.306, 14.286, "1938-03-15", "Germany", SKIP),  # Anschluss
    ("Graz", 47.071, 15.439, "1938-03-14", "Germany", SKIP),
    ("Innsbruck", 47.269, 11.404, "1938-04-10", "Germany", SKIP),
    ("Salzburg", 47.809, 13.055, "1938-03-14", "Germany", SKIP),
    ("Antakya", 36.202, 36.160, "1938-06-01", "France", SKIP),
    ("Cesky Krumlov", 48.811, 14.315, "1938-10-03", "Germany", SKIP),  # zone I, 1-2 Oct
    ("Karlovy Vary", 50.231, 12.871, "1938-10-12", "Germany", SKIP),
    ("Znojmo", 48.855, 16.049, "1938-10-12", "Germany", SKIP),
    ("Opava", 49.938, 17.903, "1938-10-12", "Germany", SKIP),
    ("Hlucin", 49.897, 18.192, "1938-10-15", "Germany", SKIP),
    ("Plzen", 49.738, 13.373, "1938-10-12", "Czechoslovakia", SKIP),
    ("Olomouc", 49.594, 17.251, "1938-10-12", "Czechoslovakia", SKIP),
    ("Ostrava", 49.835, 18.282, "1938-10-12", "Czechoslovakia", SKIP),
    ("Trinec", 49.677, 18.672, "1938-10-20", "Poland", SKIP),
    ("Komarno", 47.770, 18.130, "1938-11-15", "Hungary", SKIP),
    ("Mukachevo", 48.439, 22.718, "1938-11-15", "Hungary", SKIP),
    # --- 1939 -----------------------------------------------------------------
    ("Brno", 49.195, 16.607, "1939-03-16", "Germany", SKIP),  # 15 Mar 1939
    ("Ostrava", 49.835, 18.282, "1939-03-16", "Germany", SKIP),  # 14 Mar evening
    ("Olomouc", 49.594, 17.251, "1939-03-20", "Germany", SKIP),
    ("Banska Bystrica", 48.736, 19.146, "1939-06-01", "Slovakia", SKIP),
    ("Silute", 55.349, 21.483, "1939-03-25", "Germany", SKIP),  # Memel Territory
    ("Durres", 41.325, 19.460, "1939-04-10", "Italy", SKIP),  # 7 Apr 1939
    ("Shkoder", 42.068, 19.512, "1939-04-15", "Italy", SKIP),
    ("Bialystok", 53.133, 23.164, "1939-08-28", "Poland", "Soviet Union"),
    ("Brest", 52.098, 23.734, "1939-08-28", "Poland", "Soviet Union"),
    ("Lodz", 51.759, 19.456, "1939-08-28", "Poland", "Germany"),
    ("Katowice", 50.264, 19.024, "1939-09-06", "Germany", SKIP),  # 4 Sep
    ("Bialystok", 53.133, 23.164, "1939-09-24", "Soviet Union", SKIP),  # handed over 22 Sep
    ("Brest", 52.098, 23.734, "1939-09-24", "Soviet Union", SKIP),  # handed over 22 Sep
    ("Lomza", 53.178, 22.059, "1939-10-15", "Soviet Union", SKIP),
    ("Suwalki", 54.102, 22.930, "1939-10-15", "Germany", SKIP),
    ("Dzialdowo", 53.238, 20.170, "1939-11-01", "Germany", SKIP),
    ("Karvina", 49.854, 18.543, "1939-11-01", "Germany", SKIP),  # Zaolzie to the Reich
    ("Siauliai", 55.934, 23.315, "1939-09-10", "Lithuania", "Germany"),
    ("Siauliai", 55.934, 23.315, "1939-11-01", "Lithuania", "Soviet Union"),
    ("Parnu", 58.390, 24.520, "1939-12-01", "Estonia", "Soviet Union"),
    ("Liepaja", 56.510, 21.030, "1939-10-20", "Latvia", "Soviet Union"),
    ("Tampere", 61.498, 23.761, "1939-12-15", "Finland", "Soviet Union"),
    ("Zelenogorsk", 60.205, 29.720, "1939-12-05", "Soviet Union", SKIP),  # Terijoki 1 Dec
    ("Rome", 41.902, 12.496, "1939-09-15", "Italy", None),
    ("Budapest", 47.498, 19.040, "1939-10-01", "Hungary", None),
    ("Stockholm", 59.329, 18.069, "1939-12-01", "Sweden", None),
    ("Bender", 46.830, 29.470, "1939-11-01", "Romania", "Soviet Union"),
    ("Murmansk", 68.965, 33.090, "1939-10-01", "Soviet Union", None),
    # --- 1940 -----------------------------------------------------------------
    ("Turku", 60.452, 22.267, "1940-01-15", "Finland", "Soviet Union"),
    ("Tallinn", 59.437, 24.754, "1940-03-01", "Estonia", "Soviet Union"),
    ("Siauliai", 55.934, 23.315, "1940-02-01", "Lithuania", "Soviet Union"),
    ("Balti", 47.762, 27.929, "1940-01-01", "Romania", "Soviet Union"),
    ("Iasi", 47.159, 27.601, "1940-03-01", "Romania", None),
    ("Oulu", 65.012, 25.472, "1940-10-01", "Finland", "Soviet Union"),
    ("Bergen", 60.390, 5.340, "1940-04-15", "Germany", SKIP),  # 9 Apr
    ("Lillehammer", 61.115, 10.466, "1940-04-30", "Germany", SKIP),  # 23 Apr
    ("Rotterdam", 51.924, 4.478, "1940-05-16", "Germany", SKIP),  # 14 May
    ("Dunkirk", 51.020, 2.380, "1940-06-10", "Germany", SKIP),
    ("Lyon", 45.764, 4.836, "1940-08-01", "France", SKIP),  # Germans left 7 Jul
    ("Poitiers", 46.580, 0.340, "1940-07-01", "Germany", SKIP),
    ("Metz", 49.119, 6.176, "1940-09-01", "Germany", SKIP),
    ("Guernsey", 49.450, -2.570, "1940-08-01", "Germany", SKIP),  # 30 Jun 1940
    ("Panevezys", 55.738, 24.351, "1940-08-10", "Soviet Union", SKIP),
    ("Ventspils", 57.390, 21.590, "1940-06-10", "Latvia", "Soviet Union"),
    ("Izmail", 45.355, 28.840, "1940-07-10", "Soviet Union", SKIP),  # 28 Jun 1940
    ("Bilhorod-Dnistrovskyi", 46.190, 30.340, "1940-08-01", "Soviet Union", SKIP),
    ("Hertsa", 48.150, 26.250, "1940-07-10", "Soviet Union", SKIP),
    ("Satu Mare", 47.792, 22.885, "1940-09-15", "Hungary", SKIP),  # 5 Sep
    ("Sighetu Marmatiei", 47.928, 23.886, "1940-09-15", "Hungary", SKIP),
    ("Targu Mures", 46.545, 24.557, "1940-09-20", "Hungary", SKIP),  # 10 Sep
    ("Sfantu Gheorghe", 45.864, 25.788, "1940-09-20", "Hungary", SKIP),
    ("Miercurea Ciuc", 46.358, 25.802, "1940-09-20", "Hungary", SKIP),
    ("Sibiu", 45.793, 24.152, "1940-10-01", "Romania", SKIP),
    ("Silistra", 44.110, 27.265, "1940-10-05", "Bulgaria", SKIP),  # Craiova
    ("Constanta", 44.180, 28.610, "1940-10-05", "Romania", SKIP),
    ("Ioannina", 39.665, 20.853, "1940-11-05", "Greece", SKIP),  # Italians stopped
    ("Cork", 51.898, -8.475, "1940-01-01", "Ireland", None),
    # --- 1941 Balkans -----------------------------------------------------------
    ("Vlore", 40.466, 19.489, "1941-02-01", "Italy", SKIP),
    ("Durres", 41.325, 19.460, "1941-02-01", "Italy", SKIP),
    ("Bitola", 41.031, 21.335, "1941-04-12", "Germany", SKIP),  # 10 Apr
    ("Subotica", 46.100, 19.667, "1941-05-01", "Hungary", SKIP),
    ("Celje", 46.231, 15.260, "1941-06-01", "Germany", SKIP),
    ("Chania", 35.505, 24.020, "1941-06-10", "Germany", SKIP),  # Crete 1 Jun
    ("Mytilene", 39.110, 26.540, "1941-06-15", "Germany", SKIP),
    ("Samos", 37.745, 26.970, "1941-06-15", "Italy", SKIP),
    ("Didymoteicho", 41.349, 26.497, "1941-09-01", "Germany", SKIP),  # Evros strip
    ("Larissa", 39.639, 22.419, "1941-09-01", "Italy", SKIP),
    ("Patras", 38.245, 21.750, "1941-09-01", "Italy", SKIP),
    ("Ioannina", 39.665, 20.853, "1941-09-01", "Italy", SKIP),
    # --- 1941 east ----------------------------------------------------------------
    ("Helsinki", 60.170, 24.938, "1941-03-01", "Finland", "Soviet Union"),
    ("Bucharest", 44.427, 26.103, "1941-03-01", "Romania", None),
    ("Bialystok", 53.133, 23.164, "1941-06-30", "Germany", SKIP),  # 27 Jun
    ("Parnu", 58.390, 24.520, "1941-07-15", "Germany", SKIP),  # 8 Jul
    ("Khotyn", 48.500, 26.500, "1941-07-20", "Romania", SKIP),
    ("Novgorod", 58.522, 31.270, "1941-08-22", "Germany", SKIP),  # 19 Aug
    ("Gomel", 52.441, 30.988, "1941-08-25", "Germany", SKIP),  # 19 Aug
    ("Luga", 58.737, 29.846, "1941-08-30", "Germany", SKIP),  # 24 Aug
    ("Priozersk", 61.039, 30.116, "1941-09-01", "Finland", SKIP),  # 21 Aug
    ("Balta", 47.938, 29.620, "1941-10-01", "Romania", SKIP),  # Transnistria
    ("Izmail", 45.355, 28.840, "1941-10-01", "Romania", SKIP),
    ("Kaluga", 54.513, 36.261, "1941-10-20", "Germany", SKIP),  # 12-13 Oct
    ("Tula", 54.193, 37.618, "1941-11-15", "Soviet Union", SKIP),  # never taken
    ("Klin", 56.331, 36.729, "1941-12-01", "Germany", SKIP),  # 23-24 Nov
    ("Klin", 56.331, 36.729, "1941-12-20", "Soviet Union", SKIP),  # 15 Dec
    ("Volokolamsk", 56.036, 35.958, "1941-12-25", "Soviet Union", SKIP),  # 20 Dec
    ("Madrid", 40.417, -3.704, "1941-06-01", "Spain", SKIP),
    ("Lisbon", 38.722, -9.139, "1941-06-01", "Portugal", SKIP),
    ("Istanbul", 41.008, 28.978, "1941-06-01", "Turkey", SKIP),
    # --- quiet years ------------------------------------------------------------
    ("Riga", 56.949, 24.105, "1921-06-01", "Latvia", SKIP),
    ("Tallinn", 59.437, 24.754, "1921-06-01", "Estonia", SKIP),
    ("Belgrade", 44.787, 20.457, "1921-06-01", "Yugoslavia", SKIP),
    ("Kaunas", 54.898, 23.903, "1922-06-01", "Lithuania", SKIP),
    ("Prague", 50.075, 14.437, "1922-06-01", "Czechoslovakia", SKIP),
    ("Sofia", 42.698, 23.322, "1923-06-01", "Bulgaria", SKIP),
    ("Bratislava", 48.148, 17.107, "1923-06-01", "Czechoslovakia", SKIP),
    ("Athens", 37.984, 23.728, "1924-06-01", "Greece", SKIP),
    ("Tirana", 41.328, 19.819, "1924-06-01", "Albania", SKIP),
    ("Brussels", 50.850, 4.352, "1924-06-01", "Belgium", SKIP),
    ("Helsinki", 60.170, 24.938, "1924-06-01", "Finland", SKIP),
    ("Zagreb", 45.815, 15.982, "1924-06-01", "Yugoslavia", SKIP),
    ("Lviv", 49.842, 24.032, "1924-06-01", "Poland", SKIP),
    ("Budapest", 47.498, 19.040, "1926-06-01", "Hungary", SKIP),
    ("Chisinau", 47.011, 28.863, "1926-06-01", "Romania", SKIP),
    ("Odesa", 46.482, 30.723, "1930-06-01", "Soviet Union", SKIP),
    ("Bucharest", 44.427, 26.103, "1931-06-01", "Romania", SKIP),
    ("Vilnius", 54.687, 25.280, "1932-06-01", "Poland", SKIP),
    ("Vienna", 48.208, 16.373, "1933-06-01", "Austria", SKIP),
    ("Riga", 56.949, 24.105, "1933-06-01", "Latvia", SKIP),
    ("Belgrade", 44.787, 20.457, "1934-10-10", "Yugoslavia", SKIP),
    ("Sofia", 42.698, 23.322, "1934-06-01", "Bulgaria", SKIP),
    ("Lviv", 49.842, 24.032, "1935-06-01", "Poland", SKIP),
    ("Warsaw", 52.230, 21.011, "1936-06-01", "Poland", SKIP),
    ("Tallinn", 59.437, 24.754, "1936-06-01", "Estonia", SKIP),
    ("Prague", 50.075, 14.437, "1937-06-01", "Czechoslovakia", SKIP),
    ("Barcelona", 41.390, 2.165, "1937-06-01", "Spain", SKIP),
]
# fmt: on

# fmt: off
CASES_9: list[tuple[str, float, float, str, str, str | None]] = [
    # Batch 9: written from the historical record before looking at the data.
    # --- 1918 -----------------------------------------------------------------
    ("Craiova", 44.319, 23.796, "1918-06-01", "Germany", SKIP),  # occupied Wallachia (Mackensen)
    ("Chisinau", 47.010, 28.863, "1918-06-15", "Romania", SKIP),  # union 9 Apr 1918
    ("Ghent", 51.054, 3.717, "1918-12-01", "Belgium", SKIP),
    ("Tbilisi", 41.716, 44.783, "1918-05-10", "Transcaucasia", SKIP),  # TDFR 22 Apr - 26 May 1918
    ("Simferopol", 44.952, 34.102, "1918-07-01", "Germany", SKIP),
    ("Kyiv", 50.450, 30.523, "1918-07-01", "Ukraine", SKIP),  # Hetmanate
    ("Trieste", 45.650, 13.777, "1918-12-01", "Italy", SKIP),  # 3 Nov 1918
    ("Zagreb", 45.815, 15.982, "1918-12-20", "Yugoslavia", SKIP),  # Kingdom SCS 1 Dec 1918
    ("Arkhangelsk", 64.539, 40.516, "1918-06-01", "Soviet Russia", SKIP),  # before 2 Aug 1918
    ("Ufa", 54.735, 55.958, "1918-09-01", "White movement", SKIP),
    # --- 1919 -----------------------------------------------------------------
    ("Bratislava", 48.148, 17.107, "1919-02-01", "Czechoslovakia", SKIP),  # 1 Jan 1919
    ("Kosice", 48.717, 21.261, "1919-06-15", "Hungary", SKIP),  # Hungarian Red Army 6 Jun - early Jul
    ("Kyiv", 50.450, 30.523, "1919-09-20", "White movement", SKIP),  # 31 Aug 1919
    ("Kyiv", 50.450, 30.523, "1919-12-25", "Soviet Russia", SKIP),  # 16 Dec 1919
    ("Odesa", 46.482, 30.723, "1919-05-15", "Soviet Russia", SKIP),  # 6 Apr 1919
    ("Kursk", 51.730, 36.193, "1919-10-05", "White movement", SKIP),  # 20 Sep - 19 Nov 1919
    ("Stanislaviv", 48.922, 24.711, "1919-03-15", "West Ukraine", SKIP),
    ("Chernivtsi", 48.292, 25.936, "1919-06-01", "Romania", SKIP),
    ("Strasbourg", 48.583, 7.746, "1919-06-01", "France", SKIP),
    ("Izmir", 38.423, 27.143, "1919-07-01", "Greece", SKIP),  # 15 May 1919
    ("Antalya", 36.897, 30.713, "1919-07-01", "Italy", SKIP),
    # --- 1920 -----------------------------------------------------------------
    ("Kyiv", 50.450, 30.523, "1920-07-01", "Soviet Russia", SKIP),
    ("Warsaw", 52.230, 21.012, "1920-10-01", "Poland", SKIP),
    ("Simferopol", 44.952, 34.102, "1920-12-15", "Soviet Russia", SKIP),  # 13 Nov 1920
    ("Yerevan", 40.179, 44.499, "1920-12-20", "Soviet Russia", SKIP),  # 2 Dec 1920
    ("Bursa", 40.183, 29.061, "1920-08-15", "Greece", SKIP),  # 8 Jul 1920
    ("Ankara", 39.933, 32.860, "1920-06-01", "Turkey", SKIP),
    ("Sopron", 47.685, 16.590, "1920-06-01", "Hungary", SKIP),
    ("Arkhangelsk", 64.539, 40.516, "1920-04-01", "Soviet Russia", SKIP),  # 21 Feb 1920
    ("Novorossiysk", 44.724, 37.768, "1920-05-01", "Soviet Russia", SKIP),  # 27 Mar 1920
    ("Odesa", 46.482, 30.723, "1920-03-15", "Soviet Russia", SKIP),  # 7 Feb 1920
    ("Bender", 46.831, 29.478, "1920-06-01", "Romania", SKIP),
    ("Tiraspol", 46.840, 29.629, "1920-06-01", "Soviet Russia", SKIP),
    # --- 1921 -----------------------------------------------------------------
    ("Izmir", 38.423, 27.143, "1921-06-01", "Greece", SKIP),
    ("Afyonkarahisar", 38.757, 30.538, "1921-10-01", "Greece", SKIP),  # Mar 1921 - Aug 1922
    ("Minsk", 53.902, 27.562, "1921-06-01", "Soviet Russia", SKIP),
    ("Kharkiv", 49.994, 36.230, "1921-06-01", "Soviet Russia", SKIP),
    ("Lisbon", 38.722, -9.139, "1921-06-01", "Portugal", SKIP),
    ("Sofia", 42.698, 23.322, "1921-06-01", "Bulgaria", SKIP),
    ("Kazan", 55.796, 49.106, "1921-06-01", "Soviet Russia", SKIP),
    # --- 1922 -----------------------------------------------------------------
    ("Izmir", 38.423, 27.143, "1922-10-01", "Turkey", SKIP),  # 9 Sep 1922
    ("Kyiv", 50.450, 30.523, "1922-06-01", "Soviet Russia", SKIP),
    ("Vienna", 48.208, 16.373, "1922-06-01", "Austria", SKIP),
    ("Belgrade", 44.787, 20.457, "1922-06-01", "Yugoslavia", SKIP),
    ("Athens", 37.984, 23.728, "1922-06-01", "Greece", SKIP),
    # --- 1923 -----------------------------------------------------------------
    ("Bochum", 51.482, 7.216, "1923-06-01", "France", SKIP),  # Ruhr occupation 11 Jan 1923 - Aug 1925
    ("Istanbul", 41.010, 28.960, "1923-12-01", "Turkey", SKIP),  # Allies left 4 Oct 1923
    ("Edirne", 41.677, 26.556, "1923-12-01", "Turkey", SKIP),
    ("Minsk", 53.902, 27.562, "1923-06-01", "Soviet Union", SKIP),
    ("Tbilisi", 41.716, 44.783, "1923-06-01", "Soviet Union", SKIP),
    # --- 1924 -----------------------------------------------------------------
    ("Stryi", 49.256, 23.850, "1924-06-01", "Poland", SKIP),
    ("Suceava", 47.651, 26.256, "1924-06-01", "Romania", SKIP),
    ("Szeged", 46.253, 20.148, "1924-06-01", "Hungary", SKIP),
    ("Thessaloniki", 40.640, 22.944, "1924-06-01", "Greece", SKIP),
    ("Plovdiv", 42.136, 24.745, "1924-06-01", "Bulgaria", SKIP),
    ("Odesa", 46.482, 30.723, "1924-06-01", "Soviet Union", SKIP),
    ("Porto", 41.150, -8.611, "1924-06-01", "Portugal", SKIP),
    ("Bitola", 41.031, 21.334, "1924-06-01", "Yugoslavia", SKIP),
    # --- 1925 -----------------------------------------------------------------
    ("Bochum", 51.482, 7.216, "1925-10-01", "Germany", SKIP),
    ("Zurich", 47.377, 8.541, "1925-06-01", "Switzerland", SKIP),
    ("Split", 43.515, 16.445, "1925-06-01", "Yugoslavia", SKIP),
    ("Kaunas", 54.898, 23.903, "1925-06-01", "Lithuania", SKIP),
    ("Wroclaw", 51.108, 17.038, "1925-06-01", "Germany", SKIP),
    # --- 1926 -----------------------------------------------------------------
    ("Amsterdam", 52.370, 4.895, "1926-06-01", "Netherlands", SKIP),
    ("Lyon", 45.764, 4.836, "1926-06-01", "France", SKIP),
    ("Frankfurt", 50.110, 8.682, "1926-06-01", "Germany", SKIP),
    ("Cluj", 46.770, 23.590, "1926-06-01", "Romania", SKIP),
    ("Varna", 43.214, 27.900, "1926-06-01", "Bulgaria", SKIP),
    ("Gothenburg", 57.709, 11.990, "1926-06-01", "Sweden", SKIP),
    ("Glasgow", 55.864, -4.252, "1926-06-01", "United Kingdom", SKIP),
    # --- 1927 -----------------------------------------------------------------
    ("Leningrad", 59.939, 30.316, "1927-06-01", "Soviet Union", SKIP),
    ("Milan", 45.464, 9.190, "1927-06-01", "Italy", SKIP),
    ("Hamburg", 53.551, 9.993, "1927-06-01", "Germany", SKIP),
    ("Antwerp", 51.219, 4.402, "1927-06-01", "Belgium", SKIP),
    ("Debrecen", 47.532, 21.627, "1927-06-01", "Hungary", SKIP),
    ("Oradea", 47.072, 21.921, "1927-06-01", "Romania", SKIP),
    ("Bergen", 60.393, 5.324, "1927-06-01", "Norway", SKIP),
    ("Valencia", 39.470, -0.376, "1927-06-01", "Spain", SKIP),
    # --- 1928 -----------------------------------------------------------------
    ("Brno", 49.195, 16.607, "1928-06-01", "Czechoslovakia", SKIP),
    ("Graz", 47.071, 15.439, "1928-06-01", "Austria", SKIP),
    ("Ljubljana", 46.057, 14.506, "1928-06-01", "Yugoslavia", SKIP),
    ("Marseille", 43.297, 5.381, "1928-06-01", "France", SKIP),
    ("Naples", 40.852, 14.268, "1928-06-01", "Italy", SKIP),
    ("Kharkiv", 49.994, 36.230, "1928-06-01", "Soviet Union", SKIP),
    ("Erzurum", 39.905, 41.265, "1928-06-01", "Turkey", SKIP),
    ("Wilno", 54.687, 25.280, "1928-06-01", "Poland", SKIP),
    # --- 1929 -----------------------------------------------------------------
    ("Olsztyn", 53.778, 20.480, "1929-06-01", "Germany", SKIP),
    ("Kaliningrad", 54.710, 20.511, "1929-06-01", "Germany", SKIP),  # Konigsberg
    ("Szczecin", 53.428, 14.553, "1929-06-01", "Germany", SKIP),
    ("Torun", 53.013, 18.598, "1929-06-01", "Poland", SKIP),
    ("Constanta", 44.180, 28.620, "1929-06-01", "Romania", SKIP),
    ("Skopje", 41.998, 21.425, "1929-06-01", "Yugoslavia", SKIP),
    ("Patras", 38.246, 21.735, "1929-06-01", "Greece", SKIP),
    ("Seville", 37.389, -5.984, "1929-06-01", "Spain", SKIP),
    # --- 1930 -----------------------------------------------------------------
    ("Neunkirchen (Saar)", 49.345, 7.180, "1930-06-01", "League of Nations", SKIP),
    ("Rotterdam", 51.922, 4.479, "1930-06-01", "Netherlands", SKIP),
    ("Liege", 50.633, 5.567, "1930-06-01", "Belgium", SKIP),
    ("Toulouse", 43.605, 1.444, "1930-06-01", "France", SKIP),
    ("Elbasan", 41.112, 20.082, "1930-06-01", "Albania", SKIP),
    ("Odense", 55.396, 10.388, "1930-06-01", "Denmark", SKIP),
    ("Turku", 60.452, 22.267, "1930-06-01", "Finland", SKIP),
    ("Navahrudak", 53.599, 25.831, "1930-06-01", "Poland", SKIP),
    # --- 1931 -----------------------------------------------------------------
    ("Dresden", 51.050, 13.738, "1931-06-01", "Germany", SKIP),
    ("Turin", 45.070, 7.687, "1931-06-01", "Italy", SKIP),
    ("Timisoara", 45.754, 21.226, "1931-06-01", "Romania", SKIP),
    ("Ruse", 43.848, 25.955, "1931-06-01", "Bulgaria", SKIP),
    ("Tartu", 58.378, 26.729, "1931-06-01", "Estonia", SKIP),
    ("Manchester", 53.481, -2.242, "1931-06-01", "United Kingdom", SKIP),
    ("Smolensk", 54.782, 32.045, "1931-06-01", "Soviet Union", SKIP),
    # --- 1932 -----------------------------------------------------------------
    ("Leipzig", 51.340, 12.375, "1932-06-01", "Germany", SKIP),
    ("Florence", 43.770, 11.256, "1932-06-01", "Italy", SKIP),
    ("Nantes", 47.218, -1.554, "1932-06-01", "France", SKIP),
    ("Jelgava", 56.651, 23.721, "1932-06-01", "Latvia", SKIP),
    ("Stryi", 49.256, 23.850, "1932-06-01", "Poland", SKIP),
    ("Trabzon", 40.995, 39.720, "1932-06-01", "Turkey", SKIP),
    ("Yerevan", 40.179, 44.499, "1932-06-01", "Soviet Union", SKIP),
    ("Bern", 46.948, 7.447, "1932-06-01", "Switzerland", SKIP),
    # --- 1933 -----------------------------------------------------------------
    ("Vaduz", 47.141, 9.521, "1933-06-01", "Liechtenstein", SKIP),
    ("Kosice", 48.717, 21.261, "1933-06-01", "Czechoslovakia", SKIP),
    ("Chisinau", 47.010, 28.863, "1933-06-01", "Romania", SKIP),
    ("Tiraspol", 46.840, 29.629, "1933-06-01", "Soviet Union", SKIP),
    ("Bordeaux", 44.838, -0.579, "1933-06-01", "France", SKIP),
    ("Palermo", 38.116, 13.361, "1933-06-01", "Italy", SKIP),
    ("Neunkirchen (Saar)", 49.345, 7.180, "1933-06-01", "League of Nations", SKIP),
    # --- 1934 -----------------------------------------------------------------
    ("Vienna", 48.208, 16.373, "1934-07-30", "Austria", SKIP),  # after the July putsch
    ("Stuttgart", 48.776, 9.183, "1934-06-01", "Germany", SKIP),
    ("Gliwice", 50.294, 18.668, "1934-06-01", "Germany", SKIP),
    ("Katowice", 50.264, 19.024, "1934-06-01", "Poland", SKIP),
    ("Pecs", 46.072, 18.233, "1934-06-01", "Hungary", SKIP),
    ("Burgas", 42.505, 27.462, "1934-06-01", "Bulgaria", SKIP),
    ("Edinburgh", 55.953, -3.188, "1934-06-01", "United Kingdom", SKIP),
    ("Malmo", 55.605, 13.003, "1934-06-01", "Sweden", SKIP),
    # --- 1935 -----------------------------------------------------------------
    ("Neunkirchen (Saar)", 49.345, 7.180, "1935-06-01", "Germany", SKIP),  # returned 1 Mar 1935
    ("Homburg (Saar)", 49.327, 7.338, "1935-06-01", "Germany", SKIP),
    ("Genoa", 44.412, 8.940, "1935-06-01", "Italy", SKIP),
    ("Uzhhorod", 48.621, 22.288, "1935-06-01", "Czechoslovakia", SKIP),
    ("Daugavpils", 55.875, 26.536, "1935-06-01", "Latvia", SKIP),
    ("Baku", 40.409, 49.867, "1935-06-01", "Soviet Union", SKIP),
    ("Durres", 41.324, 19.460, "1935-06-01", "Albania", SKIP),
    # --- 1936 -----------------------------------------------------------------
    ("Cologne", 50.938, 6.960, "1936-06-01", "Germany", SKIP),
    ("Reyhanli", 36.269, 36.567, "1936-06-01", "France", SKIP),  # Sanjak of Alexandretta
    ("Barcelona", 41.385, 2.173, "1936-09-01", "Spain", SKIP),
    ("Lisbon", 38.722, -9.139, "1936-06-01", "Portugal", SKIP),
    ("Kaunas", 54.898, 23.903, "1936-06-01", "Lithuania", SKIP),
    ("Belgrade", 44.787, 20.457, "1936-06-01", "Yugoslavia", SKIP),
    ("Kyiv", 50.450, 30.523, "1936-06-01", "Soviet Union", SKIP),
    # --- 1937 -----------------------------------------------------------------
    ("Jablonec nad Nisou", 50.724, 15.171, "1937-06-01", "Czechoslovakia", SKIP),
    ("Innsbruck", 47.269, 11.404, "1937-06-01", "Austria", SKIP),
    ("Zagreb", 45.815, 15.982, "1937-06-01", "Yugoslavia", SKIP),
    ("Venice", 45.440, 12.336, "1937-06-01", "Italy", SKIP),
    ("Bucharest", 44.427, 26.103, "1937-06-01", "Romania", SKIP),
    ("Ankara", 39.933, 32.860, "1937-06-01", "Turkey", SKIP),
    ("Minsk", 53.902, 27.562, "1937-06-01", "Soviet Union", SKIP),
    ("Brussels", 50.847, 4.357, "1937-06-01", "Belgium", SKIP),
    # --- 1938 -----------------------------------------------------------------
    ("Vienna", 48.208, 16.373, "1938-04-01", "Germany", SKIP),  # Anschluss 12-13 Mar 1938
    ("Graz", 47.071, 15.439, "1938-06-01", "Germany", SKIP),
    ("Jablonec nad Nisou", 50.724, 15.171, "1938-09-15", "Czechoslovakia", SKIP),
    ("Jablonec nad Nisou", 50.724, 15.171, "1938-12-01", "Germany", SKIP),  # Munich, 1-10 Oct 1938
    ("Teplice", 50.640, 13.825, "1938-11-01", "Germany", SKIP),
    ("Berehove", 48.205, 22.644, "1938-12-01", "Hungary", SKIP),
    ("Brno", 49.195, 16.607, "1938-12-01", "Czechoslovakia", SKIP),
    # --- 1939 -----------------------------------------------------------------
    ("Zilina", 49.223, 18.740, "1939-06-01", "Slovakia", SKIP),
    ("Elbasan", 41.112, 20.082, "1939-06-01", "Italy", SKIP),  # invaded 7 Apr 1939
    ("Reyhanli", 36.269, 36.567, "1939-09-01", "Turkey", SKIP),  # Hatay annexed Jun-Jul 1939
    ("Lodz", 51.759, 19.456, "1939-09-03", "Poland", "Germany"),  # taken 8 Sep 1939
    ("Radom", 51.403, 21.147, "1939-08-30", "Poland", "Germany"),
    ("Radom", 51.403, 21.147, "1939-10-15", "Germany", SKIP),
    ("Siedlce", 52.168, 22.290, "1939-08-30", "Poland", "Soviet Union"),  # east of the Vistula
    ("Siedlce", 52.168, 22.290, "1939-11-01", "Germany", SKIP),  # treaty of 28 Sep 1939
    ("Ternopil", 49.553, 25.595, "1939-09-05", "Poland", "Soviet Union"),
    ("Valga", 57.777, 26.047, "1939-10-01", "Estonia", "Soviet Union"),
    ("Oulu", 65.012, 25.472, "1939-12-15", "Finland", "Soviet Union"),
    ("Oslo", 59.913, 10.752, "1939-12-01", "Norway", None),
    ("Chisinau", 47.010, 28.863, "1939-12-01", "Romania", "Soviet Union"),
    # --- 1940 -----------------------------------------------------------------
    ("Tampere", 61.498, 23.761, "1940-01-15", "Finland", "Soviet Union"),
    ("Jelgava", 56.651, 23.721, "1940-01-01", "Latvia", "Soviet Union"),
    ("Panevezys", 55.734, 24.357, "1940-02-01", "Lithuania", "Soviet Union"),
    ("Cahul", 45.905, 28.195, "1940-03-01", "Romania", "Soviet Union"),
    ("Budapest", 47.498, 19.040, "1940-06-01", "Hungary", None),
    ("Bergen", 60.393, 5.324, "1940-04-20", "Germany", SKIP),  # 9 Apr 1940
    ("Stavanger", 58.970, 5.733, "1940-04-20", "Germany", SKIP),
    ("Odense", 55.396, 10.388, "1940-05-01", "Germany", SKIP),
    ("The Hague", 52.078, 4.300, "1940-05-12", "Netherlands", SKIP),  # capitulation 14-15 May
    ("Brussels", 50.847, 4.357, "1940-05-20", "Germany", SKIP),  # 17 May 1940
    ("Luxembourg", 49.612, 6.130, "1940-05-15", "Germany", SKIP),
    ("Rouen", 49.443, 1.099, "1940-06-15", "Germany", SKIP),  # 9 Jun 1940
    ("Kuopio", 62.892, 27.678, "1940-08-01", "Finland", "Soviet Union"),
    # --- 1941 -----------------------------------------------------------------
    ("Turku", 60.452, 22.267, "1941-03-01", "Finland", "Soviet Union"),
    ("Rovaniemi", 66.503, 25.729, "1941-06-01", "Finland", "Soviet Union"),
    ("Belgrade", 44.787, 20.457, "1941-05-01", "Germany", SKIP),
    ("Skopje", 41.998, 21.425, "1941-05-15", "Bulgaria", SKIP),
    ("Split", 43.515, 16.445, "1941-06-15", "Italy", SKIP),  # annexed 18 May 1941
    ("Patras", 38.246, 21.735, "1941-07-15", "Italy", SKIP),  # Italian zone from June 1941
    ("Kavala", 40.945, 24.404, "1941-06-15", "Bulgaria", SKIP),
    ("Heraklion", 35.330, 25.135, "1941-06-15", "Germany", SKIP),
    ("Chania", 35.508, 24.018, "1941-05-10", "Greece", SKIP),  # invasion 20 May 1941
    ("Minsk", 53.902, 27.562, "1941-07-01", "Germany", SKIP),  # 28 Jun 1941
    ("Smolensk", 54.782, 32.045, "1941-08-01", "Germany", SKIP),  # 16 Jul 1941
    ("Odesa", 46.482, 30.723, "1941-09-15", "Soviet Union", SKIP),
    ("Leningrad", 59.939, 30.316, "1941-12-01", "Soviet Union", SKIP),
]
# fmt: on

# Cases the data still gets wrong; see README "Known limits".
KNOWN_LIMITS = {
    ("Rostov", "1918-06-01"),  # German-occupied May - Dec 1918, drawn Soviet
    # ("Yelnya", "1941-09-10") passes since the Yelnya offensive (6 Sep 1941) was drawn (2026)
    ("Corinth", "1941-04-28"),  # the Italian zone is drawn from 28 Apr; Germans held it until May-June
    ("Zemun", "1941-06-01"),  # Syrmia (NDH) is not split from German-occupied Serbia
}


@pytest.fixture(scope="module")
def borders():
    return load_borders()


def _case_id(case) -> str:
    return f"{case[0]}-{case[3]}"


ALL_CASES = CASES + CASES_2 + CASES_3 + CASES_4 + CASES_5 + CASES_6 + CASES_7 + CASES_8 + CASES_9


def _params():
    for case in ALL_CASES:
        marks = ()
        if (case[0], case[3]) in KNOWN_LIMITS:
            marks = (pytest.mark.xfail(strict=True, reason="known limit of the data"),)
        yield pytest.param(case, id=_case_id(case), marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_independent_case(borders, case):
    place, lat, lon, day, controller, sphere = case
    date = dt.date.fromisoformat(day)
    t = borders.territory_at(lon, lat, date)
    got = t.controller if t is not None else None
    assert got == controller, f"{place} {day}: got {got!r} ({t and t.id}), expected {controller!r}"
    if sphere is not SKIP:
        s = borders.sphere_at(lon, lat, date)
        got_s = s.properties.get("sphere_of") if s is not None else None
        assert got_s == sphere, f"{place} {day}: sphere {got_s!r}, expected {sphere!r}"


def test_independent_cases_are_many_and_spread():
    assert len(ALL_CASES) >= 150
    years = {int(c[3][:4]) for c in ALL_CASES}
    assert years == set(range(1918, 1942))
