// `non_camel_case_types`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub struct lower_s;

    pub enum my_enum {
        first_variant,
    }

    pub trait camel_trait {}
}

pub mod clean {
    pub struct UpperS;

    pub enum MyEnum {
        FirstVariant,
    }
}

#[allow(non_camel_case_types)]
pub mod suppressed {
    pub struct lower_s;

    pub enum my_enum {
        first_variant,
    }

    pub trait camel_trait {}
}
