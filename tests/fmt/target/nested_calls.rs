fn f() {
    Ok(TokenStream(Some(bridge::client::TokenStream::from_str(
        src,
    ))));
    Ok(TokenStream(Some(bridge::client::TokenStream::from_st(src))));
    Ok(TokenStream(Some(bridge::client::TokenStream::from_s(src))));
    UnixStream(Socket::from_inner(FromInner::from_inner(
        OwnedFd::from_raw_fd(fd),
    )));
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(c),
    );
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(c),
    );
    aa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(
        cccccccccccccccccccccccccc,
    ));
    aa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(
        ccccccccccccccccccccccccc,
        d,
    ));
}
fn g() {
    aaaaaaaaaaa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(
        x, y,
    ));
    aaaaaaaaaaa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(xxxxxx, y));
    aaaaaaaaaaa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(xy));
    aaaaaaaaaaa(&bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(xy));
    aaaaaaaaaaa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(xy)?);
    let x = aaaaaaaaaaa(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(xy));
    Some(mem::transmute_copy::<*const libc::c_void, F>(
        &self.weak_ptr,
    ));
    Err(io::Error::from_raw_os_error(
        c::RtlNtStatusToDosError(status) as _,
    ));
    map_raw_entry(
        self.map
            .base
            .raw_entry_mut()
            .from_key_hashed_nocheck(hash, k),
    );
    Some(SystemTime(
        self.0.checked_sub(other.as_secs().try_into().ok()?)?,
    ));
    Wrapping(
        self.0
            .wrapping_shr((-other & self::shift_max::t as f) as u32),
    );
    cvt_nz(libc::posix_spawn_file_actions_init(
        file_actions.as_mut_ptr(),
    ))?;
}
fn h() {
    let mut path =
        Vec::with_capacity(BUILD_ID_PATH.len() + BUILD_ID_SUFFIX.len() + build_id.len() * 2 + 1);
    panic!("const-eval error: cannot use f64::to_bits on a subnormal number, really not at all");
}
impl From<OwnedFd> for crate::net::TcpStream {
    fn from(owned_fd: OwnedFd) -> Self {
        Self::from_inner(FromInner::from_inner(FromInner::from_inner(
            FromInner::from_inner(owned_fd),
        )))
    }
    pub fn sub_time(&self, other: &SystemTime) -> Result<Duration, Duration> {
        if self.0 >= other.0 {
            Ok(Duration::from_secs(
                (self.0 as u64).wrapping_sub(other.0 as u64),
            ))
        } else {
            Err(Duration::from_secs(
                (other.0 as u64).wrapping_sub(self.0 as u64),
            ))
        }
    }
}
