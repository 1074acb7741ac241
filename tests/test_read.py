"""Read: what a seed file's text is (encoding, line endings, front matter), and
which files are refused, with the file, the line and the fix."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.model import SeedError
from generator.read import MAX_SEED_BYTES, META_LINES, parse_seed_bytes, read_seed, seed_paths

ZH = "美国商务部周二宣布放宽对华芯片出口管制。分析人士认为，这可能为中美达成更广泛的贸易协议铺平道路。\n\n中国外交部发言人表示欢迎。\n"
ZH_HANT = "美國商務部週二宣布放寬對華晶片出口管制。分析人士認為，這可能為中美達成更廣泛的貿易協議鋪平道路。\n"
EN = "Officials said the talks would resume next week.\n\nThe meeting was “constructive”, they added — and both sides agreed.\n"


def fields(raw: bytes, name: str = "a.md") -> dict:
    """A seed's front matter without the line numbers of its keys."""
    return {k: v for k, v in parse_seed_bytes(raw, name).meta.items() if k != META_LINES}


def error(raw: bytes, name: str = "seed.txt") -> SeedError:
    with pytest.raises(SeedError) as caught:
        parse_seed_bytes(raw, name)
    return caught.value


# Encodings


@pytest.mark.parametrize("raw, text, encoding", [
    (EN.encode("utf-8"), EN, "utf-8"),
    (b"\xef\xbb\xbf" + EN.encode("utf-8"), EN, "utf-8"),
    (EN.encode("utf-16"), EN, "utf-16"),  # with a BOM
    (EN.encode("utf-16-le"), EN, "utf-16-le"),  # without one
    (ZH.encode("gb18030"), ZH, "gb18030"),
    (ZH.encode("gbk"), ZH, "gb18030"),  # GBK is a subset of GB18030
    ("中美贸易".encode("gbk"), "中美贸易", "gb18030"),  # short: a tie goes to the likelier encoding
    (ZH_HANT.encode("big5"), ZH_HANT, "big5"),
    ("The café talks “would” resume.".encode("cp1252"), "The café talks “would” resume.", "cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "gb18030", "gbk", "gbk-short", "big5", "cp1252"])
def test_encodings_are_decoded(raw, text, encoding):
    seed = parse_seed_bytes(raw, "seed.txt")
    assert seed.text == text
    assert seed.encoding == encoding
    assert "\ufeff" not in seed.text


def test_line_endings_become_newlines():
    windows = parse_seed_bytes(EN.replace("\n", "\r\n").encode(), "seed.txt")
    old_mac = parse_seed_bytes(EN.replace("\n", "\r").encode(), "seed.txt")
    assert windows.text == old_mac.text == EN


def test_control_characters_are_removed():
    seed = parse_seed_bytes(b"Talks \x02resumed\x03 today.\x0cA new page.\n", "seed.txt")
    assert seed.text == "Talks resumed today.\nA new page.\n"


def test_digest_is_of_the_raw_bytes():
    assert parse_seed_bytes(b"A.\n", "a.txt").digest != parse_seed_bytes(b"A.\r\n", "a.txt").digest


# Refused files


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n  \r\n"], ids=["empty", "whitespace"])
def test_empty_seed_is_refused(raw):
    d = error(raw).diagnostic
    assert (d.level, d.file, d.message) == ("error", "seed.txt", "is empty")
    assert "paste the article text" in d.fix


@pytest.mark.parametrize("raw", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(400), b"%PDF-1.4\n\x00\x01\x02"],
                         ids=["bytes", "png", "pdf"])
def test_binary_file_is_refused(raw):
    d = error(raw, "image.txt").diagnostic
    assert d.file == "image.txt" and "binary" in d.message and "remove the file" in d.fix


def test_undetectable_encoding_is_refused():
    d = error(bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 3 + b"\xff\xff\xff").diagnostic
    assert d.level == "error" and "UTF-8" in d.fix


def test_seed_over_5_mb_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_SEED_BYTES + 1)
    d = pytest.raises(SeedError, read_seed, path).value.diagnostic
    assert d.file == "huge.txt" and "5 MB" in d.message and "split" in d.fix


def test_seed_of_exactly_5_mb_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Words. " * (MAX_SEED_BYTES // 7))
    assert read_seed(path).text.startswith("Words.")


def test_file_name_that_is_not_utf8_is_shown_readably(tmp_path):
    path = tmp_path / "caf\udce9.txt"  # the byte 0xE9 on disk
    path.write_bytes(b"Text.\n")
    assert read_seed(path).name == "caf\\xe9.txt"  # escaped: two different byte names never share one


# Front matter


def test_front_matter_is_read_from_md_seeds():
    seed = parse_seed_bytes(b"---\ntitle: A title\ndate: 2025-07-01\ntopics: [Trade]\n---\n\nBody text.\n", "a.md")
    assert fields(b"---\ntitle: A title\ndate: 2025-07-01\ntopics: [Trade]\n---\n\nBody text.\n") == \
        {"title": "A title", "date": dt.date(2025, 7, 1), "topics": ["Trade"]}
    assert seed.meta[META_LINES] == {"title": 2, "date": 3, "topics": 4}
    assert seed.text.strip() == "Body text."
    assert seed.body_line == 6  # the line after the closing fence


def test_front_matter_in_txt_seeds_is_text():
    seed = parse_seed_bytes(b"---\ntitle: hacked\n---\nBody text.\n", "a.txt")
    assert seed.meta == {} and "title: hacked" in seed.text


@pytest.mark.parametrize("raw", [
    b"---\ntitle: ok\n---  \nBody.\n",  # trailing spaces on the fence
    b"---\r\ntitle: ok\r\n---\r\nBody.\r\n",  # Windows line endings
    b"---\ntitle: ok\n...\nBody.\n",  # YAML document end
])
def test_front_matter_fences(raw):
    assert fields(raw) == {"title": "ok"} and parse_seed_bytes(raw, "a.md").text.strip() == "Body."


def test_empty_front_matter():
    assert fields(b"---\n---\nBody.\n") == {}


@pytest.mark.parametrize("raw, line, words", [
    (b"---\ntitle: ok\ndate: [2025\nsource: x\n---\nBody.\n", 4, "not valid YAML"),
    (b"---\ntitle: a: b\n---\nBody.\n", 2, "not valid YAML"),
    (b'---\ntitle: "open\n---\nBody.\n', 3, "not valid YAML"),
    (b"---\ntitle: ok\nBody.\n", 1, "never ends"),
    (b"---\n- a\n- b\n---\nBody.\n", 2, "key: value"),
    (b"---\n1: 2\n---\nBody.\n", 2, "key: value"),
    (b"---\n!!python/object/apply:os.system [echo hi]\n---\nBody.\n", 2, "not valid YAML"),
    (b"---\ntitle: ok\n---\n\n  \n", 4, "no article text"),
], ids=["unclosed-list", "colon", "unclosed-quote", "no-end", "a-list", "number-keys", "python-tag", "no-body"])
def test_broken_front_matter_names_file_and_line(raw, line, words):
    d = error(raw, "story.md").diagnostic
    assert (d.file, d.line) == ("story.md", line)
    assert words in d.message and d.fix
    assert f"story.md:{line}: error:" in str(d)


def test_deeply_nested_front_matter_is_an_error_not_a_crash():
    d = error(b"---\n" + b"[" * 5000 + b"\n---\nBody.\n", "deep.md").diagnostic
    assert d.file == "deep.md" and d.level == "error"


def test_malformed_date_stays_text_for_meta_to_report():
    assert fields(b"---\ndate: 2025-13-45\n---\nBody.\n") == {"date": "2025-13-45"}


# Which files are seeds


def test_seed_paths_are_sorted_and_skip_hidden_and_other_files(tmp_path):
    for name in ("b.txt", "a.md", "-rf.txt", "with space.txt", "中文.txt", ".hidden.txt", "~lock.txt",
                 "backup.txt~", "notes.docx", "README"):
        (tmp_path / name).write_text("x")
    (tmp_path / "folder.txt").mkdir()
    # A folder with a seed's name is listed so that reading it fails by name, not silently.
    assert [p.name for p in seed_paths(tmp_path)] == ["-rf.txt", "a.md", "b.txt", "folder.txt", "with space.txt",
                                                      "中文.txt"]
    with pytest.raises(SeedError, match="is a folder"):
        read_seed(tmp_path / "folder.txt")


def test_missing_seeds_folder_has_no_seeds(tmp_path):
    assert seed_paths(tmp_path / "missing") == []
