
#!/not/a/shebang
