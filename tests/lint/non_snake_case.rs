// `non_snake_case`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn BadName() {
        let CamelVar = 1;
        println!("{}", CamelVar);
    }

    pub struct S {
        pub FieldName: i32,
    }
}

pub mod clean {
    pub fn good_name(param_one: i32) -> i32 {
        let snake_var = param_one;
        snake_var
    }
}

#[allow(non_snake_case)]
pub mod suppressed {
    pub fn BadName() {
        let CamelVar = 1;
        println!("{}", CamelVar);
    }

    pub struct S {
        pub FieldName: i32,
    }
}
