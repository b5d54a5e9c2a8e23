fn main() {
    println!(
        "status: {}\nstdout ---\n{}\nstderr ---\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
