//! The vocabulary files of `data/<stage>/*.txt (and the shared lists of data/text/)` (docs/DESIGN.md): each opens with a comment saying
//! what the list is for, holds simplified characters only (the stages match on the body's simplified
//! copy, so a traditional form could never match) and lists no entry twice.

use std::path::Path;

#[test]
fn vocabulary_files_are_commented_simplified_and_without_repeats() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut checked = 0;
    for stage in ["text", "clean", "dates", "figures", "entities", "summary"] {
        let Ok(dir) = std::fs::read_dir(root.join(stage)) else { continue };
        let mut files: Vec<_> = dir.map(|e| e.unwrap().path()).collect();
        files.sort();
        for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            let text = std::fs::read_to_string(path).unwrap();
            assert!(
                text.starts_with("# "),
                "{name}: the first line is a comment saying what the list is for"
            );
            let mut seen = std::collections::HashSet::new();
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                assert_eq!(
                    wenxi::text::script::to_simplified(line),
                    line,
                    "{name}: {line:?} is not in simplified characters"
                );
                assert!(seen.insert(line), "{name}: {line:?} is listed twice");
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "no vocabulary file found under data/");
}
