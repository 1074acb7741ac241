"""Command line: ``python -m generator build`` and ``python -m generator entities``."""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from .annotate import commands
from .pipeline import analyse, build
from .read import seed_paths
from .model import SeedError
from .registry import RegistryError, load_registry


FAIL_ON = ("errors", "warnings", "never")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("build", "write the briefing site's Markdown into the docs folder"),
                            ("entities", "list names the rules found that the registry does not know")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of seed files (default: seeds)")
        p.add_argument("--registry", type=Path, default=Path("registry"), help="registry folder (default: registry)")
        if name == "build":
            p.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder (default: docs)")
            p.add_argument("--fail-on", choices=FAIL_ON, default="errors",
                           help="exit non-zero on seed errors (default), on warnings too, or never: "
                                "the good seeds are built either way (a broken registry always fails)")
            p.add_argument("--strict", dest="fail_on", action="store_const", const="warnings",
                           help="fail on warnings too (same as --fail-on warnings)")
            p.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")
        else:
            p.add_argument("--limit", type=int, default=50, help="how many to list (default: 50)")
    args = parser.parse_args(argv)
    try:
        return run_build(args) if args.command == "build" else run_entities(args)
    except RegistryError as error:
        print("The registry has errors; nothing was built:", file=sys.stderr)
        for d in error.diagnostics:
            print(f"  {d}", file=sys.stderr)
        for line in commands(error.diagnostics, args.seeds):
            print(line, flush=True)
        return 2


def run_build(args) -> int:
    report = build(args.seeds, args.docs, args.registry)
    if not args.quiet:
        for path in report.written:
            print(f"wrote   {args.docs / path}")
        for path in report.removed:
            print(f"removed {args.docs / path}")
    for d in report.diagnostics:
        print(str(d), file=sys.stderr)
    # In GitHub Actions, each problem also as an annotation on the run and the file.
    for line in commands(report.diagnostics, args.seeds):
        print(line)
    print(report.summary())
    if args.fail_on == "never":
        return 0
    return 1 if report.failed(strict=args.fail_on == "warnings") else 0


def run_entities(args) -> int:
    registry, _ = load_registry(args.registry)
    found: dict[tuple[str, str], dict] = defaultdict(lambda: {"count": 0, "briefings": 0, "evidence": set(), "context": ""})
    for path in seed_paths(args.seeds):
        try:
            _, extraction = analyse(path, registry)
        except SeedError:
            continue
        for c in extraction.candidates:
            item = found[(c.name, c.kind)]
            item["count"] += c.count
            item["briefings"] += 1
            item["evidence"].add(c.evidence)
            item["context"] = item["context"] or f"{path.name}: {c.context}"
    ranked = sorted(found.items(), key=lambda kv: (-kv[1]["briefings"], -kv[1]["count"], kv[0]))
    if not ranked:
        print("No unregistered names found.")
    for (name, kind), item in ranked[:args.limit]:
        print(f"{item['briefings']:>4} briefings {item['count']:>4} mentions  {name}  [{kind}; {', '.join(sorted(item['evidence']))}]")
        print(f"      {item['context'][:160]}")
    print(f"\n{len(ranked)} unregistered names. Add them to registry/*.yml, merge them in exclude.yml (merge:), "
          "or exclude them (not_people:).")
    return 0
