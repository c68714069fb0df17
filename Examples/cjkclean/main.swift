print("cjkclean")
