"""Files → article text: plain text, Markdown and HTML pages saved from a browser.

The importer's job is to hand the extractor clean prose and to refuse, with
one sentence naming the file, anything that is not an article: a directory,
a missing path, an empty or binary file, a file over 20 MB, bytes in no
encoding we can recognise, a page with no text. Encodings are detected from
the bytes (BOM, strict UTF-8, then cp1251 or cp1252 when the decoded text
looks like Cyrillic or Western prose), because a wrong guess would silently
corrupt every evidence snippet.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")
_WESTERN = re.compile(r"[À-ÿ‘’“”–—€•…°©®™£]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class ImportFailure(ValueError):
    """A file that cannot be imported; the message names the file and says why."""


def read_article(path: str | Path) -> tuple[str, dict[str, Any]]:
    """The article text of ``path`` and what the file says about it (title, date, source)."""
    p = Path(path)
    raw = _read_bytes(p)
    text, encoding = decode(raw, p.name)
    suffix = p.suffix.lower()
    meta: dict[str, Any] = {"title": None, "date": None, "source": None, "encoding": encoding}
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(text)):
        text, html_meta = html_to_text(text)
        meta.update(html_meta)
        meta["format"] = "html"
    elif suffix in MARKDOWN_SUFFIXES:
        text, md_meta = markdown_to_text(text)
        meta.update(md_meta)
        meta["format"] = "markdown"
    else:
        text = normalise(text)
        meta["format"] = "text"
    if not any(ch.isalnum() for ch in text):
        raise ImportFailure(f"Cannot import {p.name}: it contains no article text.")
    return text, meta


def _read_bytes(p: Path) -> bytes:
    name = p.name or str(p)
    try:
        if not p.exists():
            raise ImportFailure(f"Cannot import {name}: no such file.")
        if p.is_dir():
            raise ImportFailure(f"Cannot import {name}: it is a folder, not a file.")
        suffix = p.suffix.lower()
        if suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES:
            raise ImportFailure(
                f"Cannot import {name}: only .txt, .md and .html files can be imported."
            )
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailure(
                f"Cannot import {name}: it is {size / 1024 / 1024:.0f} MB; articles are limited to 20 MB."
            )
        with p.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ImportFailure(f"Cannot import {name}: {exc.strerror or exc}.") from exc
    if len(raw) > MAX_BYTES:
        raise ImportFailure(f"Cannot import {name}: articles are limited to 20 MB.")
    if not raw.strip():
        raise ImportFailure(f"Cannot import {name}: the file is empty.")
    return raw


def decode(raw: bytes, name: str = "the file") -> tuple[str, str]:
    """Text and encoding name; raises ImportFailure for binary or unrecognisable bytes."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ImportFailure(
                    f"Cannot import {name}: its {encoding} text is damaged."
                ) from exc
    if b"\x00" in raw:
        raise ImportFailure(f"Cannot import {name}: it is a binary file, not text.")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding, looks_right in (("cp1251", _mostly_cyrillic), ("cp1252", _mostly_western)):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_right(text):
            return text, encoding
    raise ImportFailure(
        f"Cannot import {name}: it is not UTF-8 and its encoding could not be recognised."
    )


def _non_ascii(text: str) -> list[str]:
    return [ch for ch in text if ord(ch) > 127]


def _mostly_cyrillic(text: str) -> bool:
    """Cyrillic letters form whole words; Western text misread as cp1251 gives "dйclarй"."""
    chars = _non_ascii(text)
    if not chars or sum(1 for c in chars if _CYRILLIC.match(c)) < 0.6 * len(chars):
        return False
    words = [w for w in _WORD.findall(text) if _CYRILLIC.search(w)]
    mixed = [w for w in words if _LATIN.search(w)]
    return len(mixed) <= 0.1 * len(words)


def _mostly_western(text: str) -> bool:
    chars = _non_ascii(text)
    if _CONTROL.search(text.replace("\n", "").replace("\r", "").replace("\t", "")):
        return False
    return bool(chars) and sum(1 for c in chars if _WESTERN.match(c)) >= 0.8 * len(chars)


# -- plain text and Markdown --------------------------------------------------------------------

_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_LINES = re.compile(r"\n{3,}")


# Control characters: page breaks from PDF-to-text tools end a line; the rest
# are noise that spreadsheets and the full-text index would choke on.
_PAGE_BREAKS = re.compile(r"[\x0b\x0c]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    """Unix newlines, no trailing blanks, at most one empty line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _PAGE_BREAKS.sub("\n", _CONTROLS.sub(" ", text))
    lines = [_BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_LINES.sub("\n\n", "\n".join(lines)).strip()


_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)
_FM_FIELD = re.compile(r"^(?P<key>title|date)\s*:\s*[\"']?(?P<value>.+?)[\"']?\s*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?P<text>\S(?:.*?\S)?)\1")
_MD_CODE = re.compile(r"`(?P<text>[^`]+)`")
_MD_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)


def markdown_to_text(text: str) -> tuple[str, dict[str, Any]]:
    """Prose of a Markdown file; title from front matter or the first heading.

    A heading that opens the text and is the title is metadata, not prose, and
    leaves the body (so a dateline after it is the body's first words). Lines of
    a paragraph are joined as Markdown renders them; list items, headings and
    quotes stay paragraphs of their own.
    """
    text = normalise(text)
    meta: dict[str, Any] = {}
    front = _FRONT_MATTER.match(text + "\n")
    if front:
        for m in _FM_FIELD.finditer(front.group("body")):
            meta[m.group("key")] = m.group("value")
        text = text[front.end() :]
    heading = _MD_HEADING.search(text)
    if heading and "title" not in meta:
        meta["title"] = heading.group("text").strip()
    first = _MD_HEADING.match(text.lstrip("\n"))
    if first and _same_words(first.group("text"), meta.get("title") or ""):
        text = text.lstrip("\n")[first.end() :]
    text = _md_paragraphs(text)
    text = _MD_HEADING.sub(lambda m: m.group("text"), text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group("text"), text)
    text = _MD_CODE.sub(lambda m: m.group("text"), text)
    text = _MD_EMPHASIS.sub(lambda m: m.group("text"), text)
    text = _MD_RULE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub("", text)
    if meta.get("date"):
        meta["date"] = str(meta["date"])[:10]
    return normalise(text), meta


_MD_OWN_LINE = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]|>|(?:[-*+]|\d+\.)[ \t]|(?:-{3,}|\*{3,}|_{3,})[ \t]*$)"
)


def _md_paragraphs(text: str) -> str:
    """Join the soft-wrapped lines of each paragraph; headings, list items and quotes
    start a paragraph of their own (a quote's own wrapped lines are joined too)."""
    paras: list[list[str]] = []
    kind = ""
    for line in text.split("\n"):
        if not line.strip():
            kind = ""
            continue
        own = _MD_OWN_LINE.match(line)
        line_kind = "quote" if own and line.lstrip().startswith(">") else ("own" if own else "text")
        if line_kind == "own" or not kind or kind == "own" or line_kind != kind:
            paras.append([line])
        else:
            paras[-1].append(_MD_QUOTE.sub("", line) if line_kind == "quote" else line)
        kind = line_kind
    return "\n\n".join(" ".join(p) for p in paras)


def _same_words(a: str, b: str) -> bool:
    """Two titles that differ only in case, blanks and punctuation."""
    return bool(a.strip()) and _WORD.findall(a.casefold()) == _WORD.findall(b.casefold())


# -- HTML -----------------------------------------------------------------------------------------

_SKIP = frozenset(
    [
        "script",
        "style",
        "nav",
        "iframe",
        "noscript",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
        "button",
        "menu",
        "template",
        "select",
        "option",
        "object",
        "embed",
        "canvas",
        "figure",
        "figcaption",
    ]
)
_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "section",
        "article",
        "main",
        "blockquote",
        "tr",
        "td",
        "th",
        "table",
        "dd",
        "dt",
        "pre",
        "hr",
        "address",
    ]
)
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    ]
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")
_LOOKS_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.match(text[:500]))


class _Reader(HTMLParser):
    """Collects visible text outside skipped elements, split at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.parts: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.inside: dict[str, int] = {"article": 0, "main": 0}
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.time: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (
                values.get("property") or values.get("name") or values.get("itemprop") or ""
            ).lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
            return
        if tag == "time" and values.get("datetime") and self.time is None:
            self.time = values["datetime"]
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        if tag == "title":
            self.in_title = True
        if tag in self.inside:
            self.inside[tag] += 1
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "title":
            self.in_title = False
        if self.inside.get(tag):
            self.inside[tag] -= 1
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if not self.skip_depth:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts["body"].append(text)
        for name, depth in self.inside.items():
            if depth:
                self.parts[name].append(text)


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text of a page (its <article> or <main> if it has one) and its title and date."""
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        pass
    text = ""
    for name in ("article", "main", "body"):
        candidate = _paragraphs("".join(reader.parts[name]))
        if len(candidate.split()) >= 20 or name == "body":
            text = candidate if candidate else text
            if candidate:
                break
    meta: dict[str, Any] = {
        "title": _clean(reader.meta.get("og:title") or "".join(reader.title)) or None,
        "date": _published(reader),
        "source": _clean(reader.meta.get("og:site_name", "")) or None,
    }
    return _without_headline(text, [meta["title"] or "", _clean("".join(reader.title))]), meta


def _without_headline(text: str, titles: list[str]) -> str:
    """The page without its opening headline when that is the title (kept as metadata),
    so a dateline after it starts the body. "Headline | Site" titles count too."""
    first, _, rest = text.partition("\n\n")
    if not rest.strip():
        return text
    for title in titles:
        if any(_same_words(first, part) for part in (title, re.split(r"\s+[|–—-]\s+", title)[0])):
            return rest
    return text


def _paragraphs(text: str) -> str:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _published(reader: _Reader) -> str | None:
    for key in _DATE_META:
        found = _ISO_DAY.search(reader.meta.get(key, ""))
        if found:
            return found.group(1)
    if reader.time:
        found = _ISO_DAY.search(reader.time)
        if found:
            return found.group(1)
    return None
