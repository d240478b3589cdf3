fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let s = wenxi::text::script::to_simplified(&t);
    for (w, tag) in wenxi::text::segment::tagged(&s) {
        print!("{w}/{tag} ");
    }
    println!();
}
