fn f() {
    let result = some_function_name(first_argument_value, second_argument_value, third_argument_value);
}
