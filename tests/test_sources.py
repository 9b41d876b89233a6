import gzip
import io
import json
import sys

from recoupe.ingest.sources import Options, decode, read_input, read_records, sniff_text
from recoupe.models import RawRecord, Rejection


def records(path, **kw):
    return list(read_input(str(path), Options(**kw)))


def test_format_is_told_from_content_not_extension(tmp_path):
    (tmp_path / "a.txt").write_text('{"title": "Un titre", "body": "Un corps."}', "utf-8")
    (tmp_path / "b.json").write_text("<html><body><article><p>Texte</p></article></body></html>", "utf-8")
    (tmp_path / "c.html").write_text("Un titre\n\nUn paragraphe.", "utf-8")
    kinds = [records(tmp_path / n)[0].format for n in ("a.txt", "b.json", "c.html")]
    assert kinds == ["json", "html", "text"]


def test_sniff_jsonl_vs_json():
    assert sniff_text('{"a": 1}\n{"a": 2}\n') == "jsonl"
    assert sniff_text('{\n "a": 1\n}') == "json"
    assert sniff_text("[{}]") == "json"
    assert sniff_text("<p>Bonjour</p>") == "html"
    assert sniff_text("< 5 % des votes") == "text"


def test_empty_and_blank_files_are_rejected(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    for name in ("empty.txt", "blank.txt"):
        (r,) = records(tmp_path / name)
        assert isinstance(r, Rejection) and r.code == "E001", r


def test_binary_files_are_rejected_with_their_kind(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "blob").write_bytes(b"abc\x00\x01\x02" * 100)
    (r,) = records(tmp_path / "image.txt")
    assert r.code == "E002" and "PNG" in r.reason
    (r,) = records(tmp_path / "blob")
    assert r.code == "E002"


def test_windows_1252_and_latin_1_are_decoded():
    text = "« L’été sera chaud », a prévenu la ministre — 3 € de plus."
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    latin = "Éléonore a reçu ½ part."
    decoded, enc = decode(latin.encode("latin-1"))
    assert decoded == latin and enc in ("cp1252", "latin-1")
    assert decode("Texte en UTF-16".encode("utf-16"))[0] == "Texte en UTF-16"


def test_a_byte_windows_1252_leaves_undefined_does_not_turn_the_euro_into_a_control():
    text = "Le billet coûte 5 € de plus, l’œuvre d’une vie. " * 40
    decoded, enc = decode(text.encode("cp1252") + b"\x81")
    assert enc == "cp1252" and decoded.startswith("Le billet coûte 5 € de plus, l’œuvre")
    assert "\x80" not in decoded and decoded.endswith("\x81")  # the parser drops it


def test_undecodable_bytes_are_rejected():
    result = decode(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50 + b"\x01\x02\x03" * 40)
    assert result[0] is None and result[1] in ("E002", "E003")


def test_a_50_mb_file_is_rejected_without_stopping_the_rest(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        line = ("Un paragraphe qui se répète encore et encore. " * 20 + "\n\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    (tmp_path / "ok.txt").write_text("Titre\n\nCorps de l'article.", "utf-8")
    got = list(read_records([str(tmp_path)], Options()))
    rejected = [r for _, r in got if isinstance(r, Rejection)]
    ok = [r for _, r in got if isinstance(r, RawRecord)]
    assert len(rejected) == 1 and rejected[0].code == "E004"
    assert "50." in rejected[0].reason and "big.txt" in rejected[0].origin
    assert len(ok) == 1


def test_malformed_json_line_among_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"title": "Un"}\n{"title": \n\n{"title": "Trois"}\n"texte"\n', "utf-8")
    got = records(path)
    assert [type(r).__name__ for r in got] == ["RawRecord", "Rejection", "RawRecord", "Rejection"]
    assert got[1].origin == f"{path}:2" and got[1].code == "E005"
    assert got[3].origin == f"{path}:5" and got[3].code == "E006"
    assert got[2].data == {"title": "Trois"}


def test_json_array_items_are_records_and_non_objects_rejected(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"title": "A"}, 3, {"title": "B"}]), "utf-8")
    got = records(path)
    assert [r.origin for r in got] == [f"{path}[0]", f"{path}[1]", f"{path}[2]"]
    assert isinstance(got[1], Rejection) and got[1].code == "E006"


def test_gzipped_json_lines_are_read(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": i, "title": f"Titre {i}"}) + "\n")
    got = records(path)
    assert [r.data["id"] for r in got] == [0, 1, 2]


def test_corrupt_gzip_is_rejected(tmp_path):
    path = tmp_path / "bad.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 20)
    (r,) = records(path)
    assert r.code == "E010"


def test_directories_are_walked_and_hidden_files_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Titre\n\nCorps.", "utf-8")
    (tmp_path / ".hidden.txt").write_text("Titre\n\nCorps.", "utf-8")
    (tmp_path / "b.txt").write_text("Titre\n\nCorps.", "utf-8")
    names = [name for name, _ in read_records([str(tmp_path)], Options())]
    assert names == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]


def test_missing_path_is_rejected(tmp_path):
    ((name, r),) = list(read_records([str(tmp_path / "nope.txt")], Options()))
    assert isinstance(r, Rejection) and r.code == "E009" and "no such file" in r.reason


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO('{"title": "Depuis stdin"}'.encode())))
    (r,) = list(read_input("-", Options(source="Radio Test")))
    assert r.origin == "<stdin>" and r.data["title"] == "Depuis stdin" and r.source_hint == "Radio Test"
