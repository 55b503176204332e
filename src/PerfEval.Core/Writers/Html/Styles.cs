namespace PerfEval.Writers.Html;

/// <summary>
/// The report's stylesheet, inlined because the report must open on offline
/// intranets. Fonts are the ones Chinese office machines already have.
/// </summary>
public static class Styles
{
    public const string Css = """
:root {
  --ink: #1d2430; --muted: #5b6574; --faint: #8a93a1; --line: #d9dee5; --hair: #e9edf2;
  --paper: #ffffff; --ground: #f4f6f8; --accent: #27466b;
  --err: #b42318; --err-bg: #fdecea; --err-line: #f1a89f;
  --warn: #a15c07; --warn-bg: #fff4da; --warn-line: #efc463;
  --info: #2459a6; --info-bg: #eaf1fb; --info-line: #a9c4ec;
  --g1: #2f6b55; --g2: #6f9e86; --g3: #c49a45; --g4: #a4533f; --g0: #8a93a1;
  --sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
}
* { box-sizing: border-box; }
html { background: var(--ground); }
body { margin: 0; color: var(--ink); font: 14px/1.6 var(--sans); font-variant-numeric: tabular-nums; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 12.5px/1.4 ui-monospace, "DejaVu Sans Mono", Consolas, monospace; background: var(--hair); padding: 0 4px; border-radius: 3px; }
h1, h2, h3, h4 { font-weight: 600; margin: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.masthead { background: var(--accent); color: #fff; }
.masthead .wrap, main, .foot { max-width: 1240px; margin: 0 auto; padding-left: 28px; padding-right: 28px; }
.masthead .wrap { padding-top: 26px; padding-bottom: 24px; }
.masthead .kicker { margin: 0; font-size: 12px; letter-spacing: .12em; opacity: .75; }
.masthead h1 { font-size: 26px; letter-spacing: .04em; margin: 4px 0 6px; }
.masthead .meta { margin: 0; font-size: 13px; opacity: .85; }
main { padding-top: 22px; padding-bottom: 40px; }
.foot { color: var(--faint); font-size: 12px; padding-bottom: 32px; }

.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 14px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px 10px; border-top: 3px solid var(--line); }
.card p { margin: 0; }
.card .label { color: var(--muted); font-size: 13px; }
.card .value { font-size: 30px; font-weight: 600; line-height: 1.25; }
.card .sub { color: var(--faint); font-size: 12px; }
.card.sev-error { border-top-color: var(--err); } .card.sev-error .value { color: var(--err); }
.card.sev-warning { border-top-color: var(--warn); } .card.sev-warning .value { color: var(--warn); }
.card.sev-info { border-top-color: var(--info); } .card.sev-info .value { color: var(--info); }

.charts { display: grid; grid-template-columns: 3fr 2fr; gap: 14px; margin-top: 14px; }
.panel { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; display: flex; flex-direction: column; }
.panel .chart { margin: auto 0; }
.panel figcaption h2 { font-size: 15px; }
.panel figcaption p { margin: 0 0 10px; color: var(--faint); font-size: 12px; }
.chart { display: block; max-width: 100%; height: auto; font-family: var(--sans); }
.chart text { font-size: 13px; fill: var(--ink); }
.chart .code { font-weight: 600; fill: var(--accent); }
.chart .lbl { fill: var(--muted); }
.chart .val { font-weight: 600; }
.chart .bar rect { fill: var(--faint); }
.chart .bar.sev-error rect { fill: var(--err); }
.chart .bar.sev-warning rect { fill: #d69a2d; }
.chart .bar.sev-info rect { fill: #6e95cf; }
.chart .bar:hover rect { opacity: .8; }
.chart .axis { stroke: var(--line); }
.chart .gname { font-size: 15px; font-weight: 600; }
.chart .share { font-size: 12px; fill: var(--faint); }
.grade-col.g-1 rect { fill: var(--g1); } .grade-col.g-2 rect { fill: var(--g2); }
.grade-col.g-3 rect { fill: var(--g3); } .grade-col.g-4 rect { fill: var(--g4); } .grade-col.g-0 rect { fill: var(--g0); }
.empty-chart { color: var(--muted); }

.block { margin-top: 26px; }
.block > h2 { font-size: 17px; margin-bottom: 10px; }
.controls { display: flex; gap: 10px; align-items: center; margin-bottom: 10px; }
.controls[hidden] { display: none; }
.controls input, .controls select { font: inherit; padding: 5px 9px; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); color: var(--ink); }
.controls input { width: 300px; }
.shown { color: var(--faint); font-size: 12px; }
table.list { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
.list th { text-align: left; font-weight: 600; font-size: 12.5px; color: var(--muted); background: #f9fafb; border-bottom: 1px solid var(--line); padding: 7px 10px; white-space: nowrap; }
.list td { padding: 7px 10px; border-bottom: 1px solid var(--hair); vertical-align: top; }
.list tr:last-child td { border-bottom: 0; }
.list .num { text-align: right; }
.list .n { color: var(--faint); width: 48px; }
.list .where { color: var(--faint); font-size: 12.5px; }
.list .dept { color: var(--muted); }
.list .diff { font-weight: 600; } .list .diff.zero { color: var(--faint); font-weight: 400; }
.list .blank { color: var(--faint); }
.list .path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
.list th.sortable { cursor: pointer; user-select: none; }
.list th.sortable::after { content: " ↕"; color: var(--line); }
.list th[aria-sort=ascending]::after { content: " ↑"; color: var(--accent); }
.list th[aria-sort=descending]::after { content: " ↓"; color: var(--accent); }
tr.sev-error td:first-child { box-shadow: inset 3px 0 var(--err); }

.chip { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 7px; border-radius: 9px; margin: 1px 4px 1px 0; white-space: nowrap; border: 1px solid transparent; }
.chip.sev-error { color: var(--err); background: var(--err-bg); border-color: var(--err-line); }
.chip.sev-warning { color: var(--warn); background: var(--warn-bg); border-color: var(--warn-line); }
.chip.sev-info { color: var(--info); background: var(--info-bg); border-color: var(--info-line); }
.ok { color: var(--g1); font-size: 12.5px; }
.grade { display: inline-block; min-width: 26px; text-align: center; color: #fff; border-radius: 4px; font-weight: 600; font-size: 13px; line-height: 22px; }
.grade.g-1 { background: var(--g1); } .grade.g-2 { background: var(--g2); } .grade.g-3 { background: var(--g3); }
.grade.g-4 { background: var(--g4); } .grade.g-0 { background: var(--g0); }

.forms { margin-top: 8px; }
/* A batch of thousands of forms would otherwise be laid out in full before the page shows. */
.form { content-visibility: auto; contain-intrinsic-size: auto 1300px; }
.form { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin-top: 26px; padding: 18px 22px 20px; }
.form-head { display: flex; justify-content: space-between; align-items: flex-end; gap: 20px; border-bottom: 1px solid var(--hair); padding-bottom: 12px; }
.form-head .crumb { margin: 0; color: var(--faint); font-size: 12px; }
.form-head .project { font-size: 20px; margin: 2px 0 0; }
.form-head .project.empty { color: var(--faint); }
.form-head .dept { margin: 0; color: var(--muted); font-size: 13px; }
.scores { display: flex; gap: 22px; margin: 0; }
.scores div { text-align: right; }
.scores dt { color: var(--faint); font-size: 12px; }
.scores dd { margin: 0; font-size: 18px; font-weight: 600; white-space: nowrap; }
.scores dd .chip { font-weight: 400; }
.scores .blank { color: var(--faint); font-weight: 400; font-size: 15px; }

.paper { margin-top: 14px; }
.paper-title { margin: 0; text-align: center; font: 600 17px/1.4 var(--serif); letter-spacing: .2em; }
.paper-year { margin: 0 0 8px; text-align: center; color: var(--muted); font: 13px/1.4 var(--serif); }
table.sheet { width: 100%; border-collapse: collapse; table-layout: fixed; font-family: var(--serif); font-size: 13px; }
.sheet col.c-block { width: 74px; } .sheet col.c-l1 { width: 78px; } .sheet col.c-l2 { width: 92px; }
.sheet col.c-name { width: auto; } .sheet col.c-val { width: 86px; } .sheet col.c-w { width: 58px; }
.sheet col.c-s { width: 96px; } .sheet col.c-reason { width: 130px; } .sheet col.c-notes { width: 300px; }
.sheet thead th { border: 0; padding: 0 0 4px; }
.sheet .notes-head { text-align: left; padding-left: 14px; font: 600 12px/1.4 var(--sans); color: var(--muted); letter-spacing: .1em; }
.sheet td { border: 1px solid #aab2bd; padding: 4px 6px; vertical-align: middle; white-space: pre-line; word-break: break-word; position: relative; }
.sheet td.lbl { text-align: center; background: #f7f8fa; color: #3a4350; }
.sheet td.lbl.block { writing-mode: vertical-rl; letter-spacing: .3em; font-weight: 600; }
.sheet td.lbl.sub { text-align: left; padding-left: 18px; }
.sheet td.lbl.total-label { font-weight: 600; letter-spacing: .4em; }
.sheet tr.colhead td.lbl { font-size: 12px; }
.sheet td.num { text-align: right; white-space: nowrap; }
.sheet td.val { text-align: center; }
.sheet td.prose { text-align: justify; font-size: 12.5px; line-height: 1.55; padding: 6px 8px; vertical-align: top; }
.sheet td.reason { font-size: 12px; color: #3a4350; }
.sheet td.strong { font-weight: 600; }
.sheet td.none { color: var(--faint); text-align: center; }
.sheet tr.fund-total td:not(.notes), .sheet tr.total td:not(.notes) { font-weight: 600; }
.sheet td.notes { border: 0; padding: 2px 0 2px 14px; vertical-align: middle; white-space: normal; font-family: var(--sans); font-weight: 400; }
.sheet td.flag { padding-right: 15px; }
.sheet td.num.flag { white-space: normal; }
.sheet td.num.flag span { white-space: nowrap; }
.sheet td.flag.sev-error { background: var(--err-bg); box-shadow: inset 0 0 0 2px var(--err); }
.sheet td.flag.sev-warning { background: var(--warn-bg); box-shadow: inset 0 0 0 2px #d69a2d; }
.sheet td.flag.sev-info { background: var(--info-bg); box-shadow: inset 0 0 0 1px #6e95cf; }
.sheet .was { color: var(--muted); text-decoration: line-through; text-decoration-color: rgba(180,35,24,.55); }
.sheet .to { color: var(--faint); margin: 0 3px; font-family: var(--sans); }
.sheet .now { font-weight: 700; color: var(--err); }
.sheet td.sev-warning .now { color: var(--warn); }
.sheet td.sev-info .now { color: var(--info); }
.sheet .blank { color: var(--faint); font-style: normal; }
sup.mk { position: absolute; top: 1px; right: 2px; font: 600 9.5px/1 var(--sans); color: #fff; border-radius: 6px; padding: 1px 3px; }
.mk.sev-error { background: var(--err); } .mk.sev-warning { background: #c98a1b; } .mk.sev-info { background: #5b86c7; }

ol.findings { list-style: none; margin: 0; padding: 0; font-size: 12px; line-height: 1.45; }
ol.findings li { margin: 2px 0; padding-left: 22px; text-indent: -22px; color: var(--ink); }
ol.findings li .mk { display: inline-block; text-indent: 0; min-width: 17px; text-align: center; color: #fff; font: 600 10px/15px var(--sans); border-radius: 8px; margin-right: 5px; }
ol.findings .code { font-weight: 600; margin-right: 2px; }
ol.findings li.sev-error .code { color: var(--err); }
ol.findings li.sev-warning .code { color: var(--warn); }
ol.findings li.sev-info .code { color: var(--info); }
ol.findings li.sev-info .msg { color: var(--muted); }
.loose { margin-top: 12px; padding: 10px 14px; background: #fafbfc; border: 1px solid var(--hair); border-radius: 4px; }
.loose h3 { font-size: 13px; color: var(--muted); margin-bottom: 4px; }

.rules .lead { color: var(--muted); margin: 0 0 12px; font-size: 13px; }
.rule-list { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.rule { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; scroll-margin-top: 12px; }
.rule:target { outline: 2px solid var(--accent); }
.rule.quiet { opacity: .72; }
.rule h3 { font-size: 14.5px; display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.rule h3 .code { color: var(--accent); }
.rule h3 .chip { margin: 0; }
.rule .times { color: var(--faint); font-size: 12px; font-weight: 400; margin-left: auto; }
.rule .summary { margin: 4px 0 6px; }
.rule h4 { font-size: 12px; color: var(--muted); margin-top: 6px; }
.rule p, .rule ol, .rule ul { margin: 2px 0; font-size: 12.5px; color: #3a4350; }
.rule ol, .rule ul { padding-left: 20px; }
.form { scroll-margin-top: 12px; }

@media (max-width: 900px) {
  .cards { grid-template-columns: repeat(2, 1fr); }
  .charts, .rule-list { grid-template-columns: 1fr; }
  .form-head { flex-direction: column; align-items: flex-start; }
}
.print-notes { display: none; }
@page { size: A4 portrait; margin: 12mm 11mm; }
@media print {
  html, body { background: #fff; font-size: 11px; }
  .masthead { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); }
  .masthead .wrap, main, .foot { max-width: none; padding-left: 0; padding-right: 0; }
  .masthead .wrap { padding-top: 0; padding-bottom: 8px; }
  .controls, .list th.sortable::after { display: none !important; }
  .cards { grid-template-columns: repeat(5, 1fr); gap: 8px; } .card .value { font-size: 22px; }
  .charts { grid-template-columns: 3fr 2fr; }
  .rule-list { grid-template-columns: 1fr 1fr; }
  .card, .panel, .form, .rule, table.list { border-color: #c8ced6; }
  .list td, .list th { padding: 4px 6px; }
  .form { border: 0; border-radius: 0; padding: 0; margin: 0; break-before: page; content-visibility: visible; }
  .form-head { flex-direction: row; align-items: flex-end; padding-bottom: 6px; }
  .scores { gap: 14px; } .scores dd { font-size: 15px; }
  .paper { margin-top: 8px; }
  table.sheet { font-size: 10.5px; }
  .sheet col.c-block { width: 50px; } .sheet col.c-l1 { width: 56px; } .sheet col.c-l2 { width: 64px; }
  .sheet col.c-val { width: 62px; } .sheet col.c-w { width: 40px; } .sheet col.c-s { width: 74px; } .sheet col.c-reason { width: 96px; }
  .sheet col.c-notes { width: 0; }
  .sheet td.notes, .sheet thead { display: none; }
  .sheet td { padding: 2px 4px; }
  .sheet td.flag { padding-right: 16px; }
  .sheet tr.colhead td.lbl { font-size: 10px; }
  sup.mk { font-size: 8px; }
  .sheet td.prose { font-size: 10px; line-height: 1.4; padding: 3px 5px; }
  .print-notes { display: block; margin-top: 8px; columns: 2; column-gap: 18px; }
  .loose { padding: 6px 10px; }
  .rules { break-before: page; }
  .rule-list { gap: 8px; }
  .sheet tr, .rule, .card, .panel, ol.findings li { break-inside: avoid; }
  a { color: inherit; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""";
}
