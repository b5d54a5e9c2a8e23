async fn f() -> Result<(), E> { g().await?.h()?.await.unwrap()??; Ok(()) }
