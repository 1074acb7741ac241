"""Command line: ``build``, ``add`` and ``entities``, as ``briefings`` or ``python -m generator``."""
from __future__ import annotations

import argparse
import gc
import sys
from collections import defaultdict
from pathlib import Path

from .annotate import commands
from .model import SeedError
from .pipeline import analyse, build
from .read import seed_paths
from .registry import RegistryError, load_registry

# Commands: name -> (one-line purpose, exit codes, examples). The help of each is built from this table.
COMMANDS = {
    "build": (
        "Write the briefing site's Markdown into the docs folder, from every seed.",
        "0  built without errors\n"
        "1  some seeds have errors (the rest is built), or warnings with --strict\n"
        "2  the registry is broken: nothing was built",
        "{prog} build\n{prog} build --strict --quiet",
    ),
    "add": (
        "Add an article to the seeds folder: a web address, a saved page, or pasted text.",
        "0  the seed was written (its path is printed)\n"
        "1  it could not be added; the reason and the fix are printed, and nothing was written\n"
        "2  wrong arguments, or the registry is broken",
        "{prog} add https://www.example.com/news/2025/07/18/story\n"
        "{prog} add ~/Downloads/story.html\n"
        "pbpaste | {prog} add -",
    ),
    "entities": (
        "List the names the rules found that the registry does not know, most frequent first.",
        "0  listed\n"
        "2  the registry is broken",
        "{prog} entities --limit 20",
    ),
}


def program_name() -> str:
    """The name the command was called by: ``briefings`` (the installed script) or ``python -m generator``."""
    called = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return called if called == "briefings" else "python -m generator"


FAIL_ON = ("errors", "warnings", "never")


def version() -> str:
    from importlib.metadata import PackageNotFoundError, version as installed  # only for --version: 11 ms to import

    try:
        return installed("briefings")
    except PackageNotFoundError:
        return "unknown"


class _Version(argparse.Action):
    """argparse's ``version`` action, asking the installed version only when the option is given."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser._print_message(f"{parser.prog} {version()}\n", sys.stdout)
        parser.exit()


def parser(prog: str) -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    top = argparse.ArgumentParser(
        prog=prog, formatter_class=formatter,
        description="Briefings turns news articles (seeds) into a policy-briefing microsite.",
        epilog=f"Run '{prog} COMMAND --help' for a command's options, exit codes and examples.")
    top.add_argument("--version", action=_Version, nargs=0, help="show program's version number and exit")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    subs = {}
    for name, (purpose, codes, examples) in COMMANDS.items():
        subs[name] = sub.add_parser(
            name, help=purpose, description=purpose, formatter_class=formatter,
            epilog=f"exit codes:\n{_indent(codes)}\n\nexamples:\n{_indent(examples.format(prog=prog))}")
        subs[name].add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR",
                                    help="folder of seed files (default: seeds)")
        subs[name].add_argument("--registry", type=Path, default=Path("registry"), metavar="DIR",
                                    help="registry folder (default: registry)")
    subs["build"].add_argument("--docs", type=Path, default=Path("docs"), metavar="DIR",
                                   help="MkDocs docs folder to write into (default: docs)")
    subs["build"].add_argument("--fail-on", choices=FAIL_ON, default="errors",
                                   help="exit non-zero on seed errors (default), on warnings too, or never: "
                                        "the good seeds are built either way (a broken registry always fails)")
    subs["build"].add_argument("--strict", dest="fail_on", action="store_const", const="warnings",
                                   help="fail on warnings too (same as --fail-on warnings)")
    subs["build"].add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")
    subs["build"].add_argument("--force", action="store_true",
                                   help="take over generated folders that hold files Briefings did not write "
                                        "(they are replaced or deleted like its own pages)")
    subs["add"].add_argument("source", metavar="URL|FILE|-",
                                 help="an http(s) address to fetch, a saved page (.html, .htm) or text seed "
                                      "(.txt, .md) to copy in, or - to read pasted text from standard input")
    subs["entities"].add_argument("--limit", type=int, default=50, metavar="N", help="how many to list (default: 50)")
    return top


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


def main(argv: list[str] | None = None, prog: str | None = None) -> int:
    args = parser(prog or program_name()).parse_args(argv)
    try:
        return {"build": run_build, "add": run_add, "entities": run_entities}[args.command](args)
    except RegistryError as error:
        print("The registry has errors; nothing was done:" if args.command != "build"
              else "The registry has errors; nothing was built:", file=sys.stderr)
        for d in error.diagnostics:
            print(f"  {d}", file=sys.stderr)
        for line in commands(error.diagnostics, args.seeds):
            print(line, flush=True)
        return 2


# Set by ``__main__``: a list the build's structures are held in rather than freed, as the process
# ends right after (``pipeline.build``'s ``hold``). None where ``main`` is called in a longer process.
HELD: list | None = None


def run_build(args) -> int:
    report = build(args.seeds, args.docs, args.registry, force=args.force, hold=HELD)
    if HELD is not None:
        gc.freeze()  # held until the process ends: no collection walks them again
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


def run_add(args) -> int:
    from .add import AddError, add_file, add_text, add_url  # the build never imports the fetcher

    registry, _ = load_registry(args.registry)
    source: str = args.source
    try:
        if source == "-":
            path = add_text(sys.stdin.buffer.read(), args.seeds, registry)
        elif source.lower().startswith(("http://", "https://")) or "://" in source:
            path = add_url(source, args.seeds, registry)
        else:
            path = add_file(Path(source), args.seeds, registry)
    except AddError as error:
        print(str(error.diagnostic), file=sys.stderr)
        return 1
    print(f"added {path}")
    return 0


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
