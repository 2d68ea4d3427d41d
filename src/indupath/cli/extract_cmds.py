"""``indupath extract`` and ``indupath eval``: read policy texts into roadmaps, and score the reader."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from indupath.cli.common import DbOption, console, db_path


def extract_cmd(
    paths: list[Path] = typer.Argument(..., help="Policy documents: .txt (UTF-8/GBK), .html, .pdf, .docx."),
    fmt: str = typer.Option("json", "--format", "-f", help="json (one object per document per line) or table."),
    language: str = typer.Option(None, "--language", "-l", help="zh or en (default: detected)."),
    date: str = typer.Option(None, "--date", help="Document date (YYYY-MM-DD or year) for 'this year'/今年; default: the text's dated header, else a "
                                           "date in the file name (report_20241216.txt)."),
    save: bool = typer.Option(False, "--save", help="Store documents and facts in the database."),
    db: Path = DbOption,
) -> None:
    """Extract regions, priority industries, targets and measures from policy texts."""
    from indupath.extract import extract
    from indupath.extract.readers import read_document

    if fmt not in ("json", "table"):
        raise typer.BadParameter(f"--format must be json or table, got {fmt!r}")
    roadmaps = []
    for p in paths:
        text = read_document(p)
        rm = extract(text, language=language, date=date, name=p.name, source=str(p))
        roadmaps.append(rm)
        if fmt == "json":
            typer.echo(json.dumps(rm.to_json_dict(), ensure_ascii=False))
        else:
            _table(rm)
    if save:
        from indupath.store import Store

        with Store.open(db_path(db)) as store:
            for rm in roadmaps:
                doc_id = store.save_roadmap(rm, user="cli")
                console.print(f"saved {rm.document.name} as document {doc_id}")


def _table(rm: object) -> None:
    from rich.table import Table

    d = rm.to_json_dict()  # type: ignore[attr-defined]
    console.print(f"[bold]{d['document']}[/] ({d['language']}, {d['date'] or 'no date'})")
    t = Table("region", "industry", "tier", title="priorities")
    for p in d["priorities"]:
        t.add_row(str(p["region"]), p["industry"], str(p["tier"]))
    console.print(t)
    t = Table("region", "metric", "value", "unit", "cmp", "year", title="targets")
    for x in d["targets"]:
        t.add_row(str(x["region"]), x["metric"][:40], f"{x['value']:g}", x["unit"], x["comparator"], str(x["year"]))
    console.print(t)
    t = Table("region", "kind", "text", "amount", title="measures")
    for m in d["measures"]:
        t.add_row(str(m["region"]), m["kind"], m["text"][:60], "" if m["amount"] is None else f"{m['amount']:g}")
    console.print(t)


def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="Folder of gold NAME.json records."),
    text_dir: Path = typer.Argument(..., help="Folder of the texts NAME.txt."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Run the extractor on TEXT_DIR and print precision, recall and F1 against GOLD_DIR."""
    from indupath.extract.evaluate import evaluate_corpus

    res = evaluate_corpus(gold_dir, text_dir)
    s = res.summary()
    if as_json:
        typer.echo(json.dumps({"summary": s, "documents": res.documents}, ensure_ascii=False, indent=2))
        return
    for row in res.documents:
        parts = "; ".join(f"{c} {row[c]['matched']}/{row[c]['gold']} gold, {row[c]['pred']} predicted"
                          for c in ("priorities", "targets", "measures"))
        console.print(f"{row['document']}: {parts}", highlight=False)
    for c in ("priorities", "targets", "measures"):
        console.print(f"{c:10s} P={s[c]['precision']:.3f} R={s[c]['recall']:.3f} F1={s[c]['f1']:.3f}", highlight=False)
    console.print(f"tier accuracy {s['tier_accuracy']}, comparator accuracy {s['comparator_accuracy']}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``extract`` and ``eval`` to the app."""
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)
