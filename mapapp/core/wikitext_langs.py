"""Language codes as wikitext uses them: English names for ``{{lang-xx}}`` and
native names for interlanguage links (``[[de:...]]``).

>>> english_name("ru"), native_name("de")
('Russian', 'Deutsch')
"""

from __future__ import annotations

# code: (English name, native name)
LANGUAGES: dict[str, tuple[str, str]] = {
    "af": ("Afrikaans", "Afrikaans"),
    "ar": ("Arabic", "العربية"),
    "az": ("Azerbaijani", "Azərbaycanca"),
    "be": ("Belarusian", "Беларуская"),
    "be-x-old": ("Belarusian", "Беларуская (тарашкевіца)"),
    "bg": ("Bulgarian", "Български"),
    "bs": ("Bosnian", "Bosanski"),
    "ca": ("Catalan", "Català"),
    "cs": ("Czech", "Čeština"),
    "cy": ("Welsh", "Cymraeg"),
    "da": ("Danish", "Dansk"),
    "de": ("German", "Deutsch"),
    "el": ("Greek", "Ελληνικά"),
    "en": ("English", "English"),
    "eo": ("Esperanto", "Esperanto"),
    "es": ("Spanish", "Español"),
    "et": ("Estonian", "Eesti"),
    "eu": ("Basque", "Euskara"),
    "fa": ("Persian", "فارسی"),
    "fi": ("Finnish", "Suomi"),
    "fr": ("French", "Français"),
    "fy": ("West Frisian", "Frysk"),
    "ga": ("Irish", "Gaeilge"),
    "gl": ("Galician", "Galego"),
    "he": ("Hebrew", "עברית"),
    "hi": ("Hindi", "हिन्दी"),
    "hr": ("Croatian", "Hrvatski"),
    "hu": ("Hungarian", "Magyar"),
    "hy": ("Armenian", "Հայերեն"),
    "id": ("Indonesian", "Bahasa Indonesia"),
    "is": ("Icelandic", "Íslenska"),
    "it": ("Italian", "Italiano"),
    "ja": ("Japanese", "日本語"),
    "ka": ("Georgian", "ქართული"),
    "kk": ("Kazakh", "Қазақша"),
    "ko": ("Korean", "한국어"),
    "la": ("Latin", "Latina"),
    "lb": ("Luxembourgish", "Lëtzebuergesch"),
    "lt": ("Lithuanian", "Lietuvių"),
    "lv": ("Latvian", "Latviešu"),
    "mk": ("Macedonian", "Македонски"),
    "mn": ("Mongolian", "Монгол"),
    "ms": ("Malay", "Bahasa Melayu"),
    "nl": ("Dutch", "Nederlands"),
    "nn": ("Norwegian Nynorsk", "Norsk nynorsk"),
    "no": ("Norwegian", "Norsk bokmål"),
    "pl": ("Polish", "Polski"),
    "pt": ("Portuguese", "Português"),
    "ro": ("Romanian", "Română"),
    "ru": ("Russian", "Русский"),
    "rue": ("Rusyn", "Русиньскый"),
    "sh": ("Serbo-Croatian", "Srpskohrvatski"),
    "simple": ("Simple English", "Simple English"),
    "sk": ("Slovak", "Slovenčina"),
    "sl": ("Slovene", "Slovenščina"),
    "sq": ("Albanian", "Shqip"),
    "sr": ("Serbian", "Српски"),
    "sv": ("Swedish", "Svenska"),
    "ta": ("Tamil", "தமிழ்"),
    "th": ("Thai", "ไทย"),
    "tr": ("Turkish", "Türkçe"),
    "tt": ("Tatar", "Татарча"),
    "uk": ("Ukrainian", "Українська"),
    "ur": ("Urdu", "اردو"),
    "uz": ("Uzbek", "Oʻzbekcha"),
    "vi": ("Vietnamese", "Tiếng Việt"),
    "yi": ("Yiddish", "ייִדיש"),
    "zh": ("Chinese", "中文"),
    "zh-min-nan": ("Min Nan", "Bân-lâm-gú"),
    "zh-yue": ("Cantonese", "粵語"),
    # scripts and historical forms used in {{lang-xx}}
    "grc": ("Ancient Greek", "Ἀρχαία ἑλληνικὴ"),
    "ota": ("Ottoman Turkish", "لسان عثمانى"),
    "orv": ("Old East Slavic", "Древнерусский"),
    "cu": ("Church Slavonic", "Словѣньскъ"),
    "yi-latn": ("Yiddish", "Yiddish"),
}


def english_name(code: str) -> str | None:
    entry = LANGUAGES.get(code.lower())
    return entry[0] if entry else None


def native_name(code: str) -> str | None:
    entry = LANGUAGES.get(code.lower())
    return entry[1] if entry else None


def is_interlanguage(prefix: str) -> bool:
    """True for a link prefix naming another language's Wikipedia (two/three-letter or listed)."""
    return prefix.lower() in LANGUAGES and prefix.lower() not in {"en"}
