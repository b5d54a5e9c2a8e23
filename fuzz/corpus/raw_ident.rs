fn r#match() { let r#type = 1; r#async(); let r#self = 0; }
