"""The cross-check report of a story as a standalone document: Markdown or HTML (one file, no
script, no outside resource; every text from an article is escaped). Labels are in French, as
the reports are for readers of the French press."""

from __future__ import annotations

from html import escape
from typing import Any

STATUS_FR = {"corroborated": "recoupé", "single-source": "source unique", "contradicted": "contredit"}


def _when(value: str | None) -> str:
    return (value or "—").replace("T", " ")[:16]


def _md(text: str | None) -> str:
    """Text safe in a Markdown table cell or paragraph."""
    t = (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        t = t.replace(ch, "\\" + ch)
    return t


def markdown(r: dict[str, Any]) -> str:
    out = [f"# {_md(r['title']) or r['id']}", ""]
    out.append(f"Histoire `{r['id']}` · {len(r['articles'])} articles · {len(r['sources'])} médias, "
               f"{r['independent_sources']} sources indépendantes · du {_when(r['first_seen'])} au {_when(r['last_seen'])}")
    out.append("")
    if r["summary"]:
        out += ["## Résumé", ""]
        out += [f"- {_md(s['text'])} ({_md(', '.join(s['sources']))})" for s in r["summary"]]
        out.append("")
    out += ["## Faits", "", "| fait | statut | sources indép. | ce qui est rapporté | médias |", "| --- | --- | ---: | --- | --- |"]
    for f in r["facts"]:
        text = _md(f["text"])
        if f["attribution"]:
            text = f"*{_md(f['attribution']['name'])}* : {text}"
        for v in f["versions"]:
            text += f"<br>→ **{_md(v['value'])}** : {_md(', '.join(v['sources']))}"
        out.append(f"| {f['id']} | {STATUS_FR[f['status']]} | {f['independent_sources']} | {text} | {_md(', '.join(f['sources']))} |")
    out.append("")
    shared = [q for q in r["quotes"] if len(q["variants"]) > 1]
    if shared:
        out += ["## Citations et leurs variantes", "", "Les mots qu'aucune autre version ne porte sont en gras.", ""]
        for q in shared:
            out.append(f"### {_md(q['speaker']['name'] or 'Locuteur inconnu')}")
            out.append("")
            for v in q["variants"]:
                words = "".join(_md(run["text"]) if run["same"] else f"**{_md(run['text'])}**" for run in v["diff"])
                channel = f" — {_md(v['channel'])}" if v["channel"] else ""
                out.append(f"- {_md(v['source'] or '?')}{channel} : « {words} »")
            out.append("")
    if r["timeline"]:
        out += ["## Chronologie", "", "| date | | événement | médias |", "| --- | --- | --- | --- |"]
        for e in r["timeline"]:
            before = "avant" if e["before_story"] else ""
            out.append(f"| {e['date']['value']} | {before} | {_md(e['text'])} | {_md(', '.join(e['sources']))} |")
        out.append("")
    cov = r["coverage"]
    if len(cov["outlets"]) > 1:
        out += ["## Couverture", "", "Faits (lignes) rapportés par chaque média (colonnes) : ✓ rapporté, · omis.", ""]
        out.append("| fait | " + " | ".join(_md(o) for o in cov["outlets"]) + " |")
        out.append("| --- |" + " :---: |" * len(cov["outlets"]))
        for fid, row in zip(cov["facts"], cov["covered"], strict=True):
            if sum(row) > 1 or any(f["id"] == fid and f["status"] == "contradicted" for f in r["facts"]):
                out.append(f"| {fid} | " + " | ".join("✓" if c else "·" for c in row) + " |")
        out.append("")
    out += ["## Articles", ""]
    for m in r.get("members", []):
        pub = _when(m["published"]["value"]) if m.get("published") else "—"
        copy = f" (copie de `{m['copy_of']}`)" if m.get("copy_of") else ""
        out.append(f"- {pub} · {_md(m['source'] or '?')} · {_md(m['title'] or '(sans titre)')} `{m['id']}`{copy}")
    out.append("")
    return "\n".join(out)


_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555} table{border-collapse:collapse;width:100%;margin:.5rem 0} td,th{border-bottom:1px solid #eee;padding:.35rem .5rem;text-align:left;vertical-align:top}
.corroborated{color:#17692e;font-weight:600} .single-source{color:#8a6100} .contradicted{color:#b3261e;font-weight:700}
.diff{background:#fff1b8} .version{color:#b3261e} .before{color:#555;font-style:italic} .c{text-align:center}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc}
"""


def html(r: dict[str, Any]) -> str:
    e = escape
    out = ["<!doctype html>", '<html lang="fr"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           f"<title>{e(r['title'] or r['id'])} — recoupe</title><style>{_CSS}</style></head><body>"]
    out.append(f"<h1>{e(r['title'] or r['id'])}</h1>")
    out.append(f"<p class=\"meta\">Histoire <code>{e(r['id'])}</code> · {len(r['articles'])} articles · {len(r['sources'])} médias, "
               f"{r['independent_sources']} sources indépendantes · du {e(_when(r['first_seen']))} au {e(_when(r['last_seen']))}</p>")
    if r["summary"]:
        out.append("<h2>Résumé</h2><ul>")
        out += [f"<li>{e(s['text'])} <span class=\"meta\">({e(', '.join(s['sources']))})</span></li>" for s in r["summary"]]
        out.append("</ul>")
    out.append("<h2>Faits</h2><table><thead><tr><th>fait</th><th>statut</th><th>sources indép.</th><th>ce qui est rapporté</th><th>médias</th></tr></thead><tbody>")
    for f in r["facts"]:
        text = e(f["text"])
        if f["attribution"]:
            text = f"<em>{e(f['attribution']['name'] or '')}</em> : {text}"
        for v in f["versions"]:
            text += f"<div class=\"version\">→ <strong>{e(v['value'])}</strong> : {e(', '.join(v['sources']))}</div>"
        out.append(f"<tr id=\"{e(f['id'])}\"><td>{e(f['id'])}</td><td class=\"{e(f['status'])}\">{STATUS_FR[f['status']]}</td>"
                   f"<td>{f['independent_sources']}</td><td>{text}</td><td>{e(', '.join(f['sources']))}</td></tr>")
    out.append("</tbody></table>")
    shared = [q for q in r["quotes"] if len(q["variants"]) > 1]
    if shared:
        out.append("<h2>Citations et leurs variantes</h2><p class=\"meta\">Surlignés : les mots qu'aucune autre version ne porte.</p>")
        for q in shared:
            out.append(f"<h3>{e(q['speaker']['name'] or 'Locuteur inconnu')}</h3>")
            for v in q["variants"]:
                words = "".join(e(run["text"]) if run["same"] else f"<mark class=\"diff\">{e(run['text'])}</mark>" for run in v["diff"])
                channel = f" — {e(v['channel'])}" if v["channel"] else ""
                out.append(f"<p><strong>{e(v['source'] or '?')}</strong>{channel}</p><blockquote>« {words} »</blockquote>")
    if r["timeline"]:
        out.append("<h2>Chronologie</h2><table><tbody>")
        for t in r["timeline"]:
            before = "<span class=\"before\">avant l'histoire</span>" if t["before_story"] else ""
            out.append(f"<tr><td>{e(t['date']['value'])}</td><td>{before}</td><td>{e(t['text'])}</td><td>{e(', '.join(t['sources']))}</td></tr>")
        out.append("</tbody></table>")
    cov = r["coverage"]
    if len(cov["outlets"]) > 1:
        out.append("<h2>Couverture</h2><p class=\"meta\">✓ rapporté · omis</p><table><thead><tr><th>fait</th>")
        out += [f"<th>{e(o)}</th>" for o in cov["outlets"]]
        out.append("</tr></thead><tbody>")
        for fid, row in zip(cov["facts"], cov["covered"], strict=True):
            if sum(row) > 1:
                out.append(f"<tr><td><a href=\"#{e(fid)}\">{e(fid)}</a></td>" + "".join(f"<td class=\"c\">{'✓' if c else '·'}</td>" for c in row) + "</tr>")
        out.append("</tbody></table>")
    out.append("<h2>Articles</h2><ul>")
    for m in r.get("members", []):
        pub = _when(m["published"]["value"]) if m.get("published") else "—"
        copy = f" (copie de <code>{e(m['copy_of'])}</code>)" if m.get("copy_of") else ""
        out.append(f"<li>{e(pub)} · {e(m['source'] or '?')} · {e(m['title'] or '(sans titre)')} <code>{e(m['id'])}</code>{copy}</li>")
    out.append("</ul><p class=\"meta\">Rapport produit par recoupe.</p></body></html>")
    return "\n".join(out)
