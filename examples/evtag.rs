fn main() {
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        let t = wenxi::text::segment::tagged(&line);
        println!("{}", t.iter().map(|(w, g)| format!("{w}/{g}")).collect::<Vec<_>>().join(" "));
    }
}
