"""scripts/score_excerpts.py, the scorer of held-out excerpt sets, on a made-up set with precomputed
analyses: the matching rules of tests/score.rs, optional gold neither rewarded nor penalised, only the
categories a gold holds, and a plain message when the set is absent."""

import importlib.util
import json
import pathlib

SCRIPT = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "score_excerpts.py"
spec = importlib.util.spec_from_file_location("score_excerpts", SCRIPT)
score_excerpts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score_excerpts)


def write(folder, name, value):
    (folder / name).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


def run(tmp_path, capsys, gold, analysis):
    sets, analyses = tmp_path / "set", tmp_path / "analyses"
    sets.mkdir()
    analyses.mkdir()
    (sets / "01.txt").write_text("made-up text", encoding="utf-8")
    write(sets, "01.gold.json", gold)
    write(analyses, "01.json", analysis)
    assert score_excerpts.main([str(sets), "--analysis-dir", str(analyses)]) == 0
    rows = {}
    for line in capsys.readouterr().out.splitlines()[2:]:
        name, *_, counts = line.split()
        rows[name] = tuple(int(n) for n in counts.split("/"))
    return rows


def test_entities_count_distinct_text_and_type_with_optional_ignored(tmp_path, capsys):
    gold = {
        "entities": [
            {"text": "甲市", "type": "place"},
            {"text": "乙丙科技有限公司", "type": "company"},
            {"text": "第三届丁戊博览会", "type": "event"},
        ],
        "optional": [{"text": "乙丙科技", "type": "company"}],
    }
    analysis = {
        "entities": [
            {"text": "甲市", "type": "place"},
            {"text": "甲市", "type": "place"},
            {"text": "乙丙科技", "type": "company"},
            {"text": "丁戊博览会", "type": "event"},
            {"text": "己庚", "type": "person"},
        ]
    }
    rows = run(tmp_path, capsys, gold, analysis)
    # 甲市 once, the event by containment, the optional short name ignored, 己庚 an extra.
    assert rows["entities"] == (2, 3, 3)
    assert rows["company"] == (0, 0, 1)
    assert rows["person"] == (0, 1, 0)
    assert "figures" not in rows and "roles" not in rows


def test_figures_match_on_value_unit_and_approx(tmp_path, capsys):
    gold = {
        "figures": [
            {"text": "约3亿元", "kind": "money", "value": 300000000, "unit": "CNY", "approx": "about"},
            {"text": "5%", "kind": "percent", "value": 5},
        ],
        "dates": [{"text": "3月5日", "value": "2024-03-05"}],
    }
    analysis = {
        "figures": [
            {"text": "约3亿元", "kind": "money", "value": 300000000.0000001, "unit": "CNY", "approx": "about"},
            {"text": "5%", "kind": "percent", "value": 0.5},
        ],
        "dates": [{"text": "3月5日", "value": "2023-03-05"}],
    }
    rows = run(tmp_path, capsys, gold, analysis)
    assert rows["figures"] == (1, 2, 2)
    assert rows["dates"] == (0, 1, 1)


def test_an_absent_set_says_so(tmp_path, capsys):
    assert score_excerpts.main([str(tmp_path / "absent")]) == 2
    assert "absent" in capsys.readouterr().err
