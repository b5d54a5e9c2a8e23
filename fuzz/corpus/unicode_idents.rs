fn café() { let ñ = 1; let 変数 = 2; let Δ = ñ + 変数; let _a‍ = 3; }
// comment   with LS
fn 😀() {}
