# An uncaught SyntaxError from compile(): the offending line and caret are printed.
snippets = ["x = 1", "def f():\n    return 2", "print('ok')"]
for snippet in snippets:
    code = compile(snippet, "<snippet>", "exec")
    print("compiled", code.co_name)
compile("value = (1, 2", "<broken>", "exec")
