"""Adversarial seeds: shapes of text that make naive text processing superlinear.

Each shape is a function of a size in bytes returning seed text of about that size.
``tests/test_linear.py`` times the pipeline on each; ``python -m tests.adversarial``
profiles one shape (see its --help).
"""
from __future__ import annotations

import itertools

_WORDS = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Theta", "Kappa", "Lambda", "Sigma")


def _fill(unit: str, size: int, head: str = "Headline of an adversarial seed\n\n") -> str:
    """``unit`` repeated until the text has about ``size`` characters."""
    return head + unit * max(1, (size - len(head)) // len(unit))


def _capitalised(size: int) -> str:
    # One paragraph of capitalised words, with organisation suffixes, titles and "of" among them.
    words = itertools.cycle(_WORDS + ("Group", "of", "Commission", "Minister", "Center", "for", "Inc."))
    out, total = [], 0
    while total < size:
        w = next(words)
        out.append(w)
        total += len(w) + 1
    return "Capitalised run\n\n" + " ".join(out) + ".\n"


SHAPES = {
    "capitalised": _capitalised,
    "cyrillic": lambda n: _fill("«Мы не можем ждать», — сказал Эрмек Сатыбалдиев Компания Бакыт «Учкун Агросервис» Кант ", n),
    "one_line": lambda n: ("The ministry said on July 14 that export controls on chips would ease, and analysts "
                           "at Eurasia Group agreed. ") * (n // 110),
    "quotes_unbalanced": lambda n: _fill('He said "the deal ', n),
    "quotes_balanced": lambda n: _fill('"We will talk," said Kevin Xu, a tech investor. ', n),
    "brackets": lambda n: _fill("(", n // 2) + ")" * (n // 2),
    "said": lambda n: _fill("said John Smith, said Jane Doe according to Li Wei said ", n),
    "dates": lambda n: _fill("On July 14, 2025 and 3 May 2024, January 2nd 2023 and 2025-07-18 ", n),
    "by_lines": lambda n: _fill("By Jane Doe, Reuters\n\n", n),
    "datelines": lambda n: _fill("WASHINGTON, July 14 (Reuters) - ", n),
    "dots": lambda n: _fill("U.S. A. B. Co. Inc. St. ", n),
    "apostrophes": lambda n: _fill("O'Brien's McDonald's Xi'an's ", n),
    "spaces": lambda n: _fill("Word" + " " * 200 + "\n", n),
    "urls": lambda n: _fill("Original: https://example.com/2025/07/18/" + "a" * 200 + " ", n),
    "cjk": lambda n: _fill("美国商务部周二宣布放宽对华芯片出口管制。", n // 3),
    # structured sources carried as text: records never closed, form values with no field after them, prompts, markup
    "records": lambda n: _fill('{\n  "title": "US eases chip controls",\n', n),
    # ... a tool's frame around long lines: "OBX|n|TX|...|" + a paragraph + "||||||F", a line each
    "xml_leaves": lambda n: _fill("<a x='1'><b>The ministry said <![CDATA[on July 14 <c>that controls &amp; would ease\n", n,
                                  head="<?xml version='1.0'?>\n<doc><t>Headline</t><u>x</u><v>y</v><w>z</w>\n"),
    "postscript": lambda n: _fill("5 766 M\n(The ministry said \\(on July 14\\) that controls ((would ease\\267) s\n/s {show} def\n"
                                  "5 755 M\n(and analysts agreed) s\n", n,
                                  head="%!PS-Adobe-3.0\n/M {moveto} def\n"),
    # ... an HTTP recording: status lines over headers never closed, chunk sizes on every other line
    "http_exchange": lambda n: _fill("HTTP/1.1 200 OK\nContent-Type: text/plain\nTransfer-Encoding: chunked\n1a\n"
                                     "The ministry said on July 14 \n2b\nthat controls would ease.\n", n,
                                     head="GET / HTTP/1.1\nHost: a.example\n\n"),
    "framed_lines": lambda n: _fill("OBX|1|TX|NEWS^Digest^L|1|" + "The ministry said the rule would apply. " * 200 + "||||||F\n", n),
    "form_fields": lambda n: _fill("FieldName: a[0]\nFieldValue: The ministry said on July 14 that controls would ease.\n", n),
    "prompts": lambda n: _fill("~/clips $ cat story.txt\nThe ministry said on July 14 that controls would ease.\n", n),
    "markup": lambda n: _fill("<p>The ministry <b>said</b> on July 14 that &amp; controls would ease.</p><div>\n", n),
    "tagged_text": lambda n: _fill("<ParaStyle:Body>The ministry <CharStyle:Name>said<CharStyle:> on July 14<0x00A0>that "
                                   "\\<controls\\> would ease <cTracking:-15\n", n),
    "feed_entries": lambda n: _fill("<item><title>A <title>B <item <content:encoded><![CDATA[<p>The ministry said", n),
    "file_headers": lambda n: _fill("==> story.txt <==\nThe ministry said on July 14 that controls would ease.\n", n),
    "asciidoc": lambda n: _fill(":a: b\n[.lead]\n.Caption\n== Section\nhttps://https://link:x[ footnote:[ *a _b said the "
                                "ministry\n____\n", n, head="= Title\n"),
    "pandoc": lambda n: _fill("[]{#_Hlk1 .anchor}[a [b ![](media/x.jpeg){width=1 [^1] *2030 12:00 2030\n", n),
    "expanded_rows": lambda n: _fill("-[ RECORD 1 ]+----\ntitle | A" + " " * 300 + "+\n     | <p>said" + " " * 300 + "\n", n),
    "caret_wire": lambda n: _fill("^A^M\nZCZC M-CM- ^B^M\n   The ministry M-^@ said^M\nthat controls would ease^C^M\n", n),
    "table": lambda n: _fill('"Headline","Byline","Outlet","Full text"\n"US eases chip controls","Jane Doe","Reuters","The\n', n),
}


def seed_bytes(shape: str, size: int) -> bytes:
    return SHAPES[shape](size).encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")  # (no letter cut in two)


if __name__ == "__main__":
    import argparse
    import cProfile
    import pstats
    import tempfile
    import time
    from pathlib import Path

    from generator.pipeline import analyse
    from generator.registry import load_registry

    parser = argparse.ArgumentParser(description="time (and profile) the pipeline on adversarial seeds")
    parser.add_argument("shapes", nargs="*", default=list(SHAPES))
    parser.add_argument("--sizes", default="150000,300000")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    registry, _ = load_registry(Path(__file__).resolve().parents[1] / "registry")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes:
            times = []
            for size in map(int, args.sizes.split(",")):
                path = Path(tmp) / f"{shape}.txt"
                path.write_bytes(seed_bytes(shape, size))
                profiler = cProfile.Profile() if args.profile else None
                start = time.perf_counter()
                if profiler:
                    profiler.enable()
                analyse(path, registry)
                if profiler:
                    profiler.disable()
                times.append(time.perf_counter() - start)
                if profiler:
                    pstats.Stats(profiler).sort_stats("tottime").print_stats(12); pstats.Stats(profiler).sort_stats("tottime").print_callers(4)
            print(f"{shape:20} " + "  ".join(f"{t:7.2f}s" for t in times)
                  + (f"  ratio {times[-1] / max(times[0], 1e-3):.1f}" if len(times) > 1 else ""), flush=True)
