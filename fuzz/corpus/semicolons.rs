;;;fn f() {;;;};;;struct S;;;
