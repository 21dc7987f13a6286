# A keyword refused by a METH_VARARGS method: qualified through the descriptor
# (method_check_args), bare when called bound (cfunction_call).
for text in ["set().difference(x=1)", "set.difference(set(), x=1)", "f = set().difference; f(x=1)", "'a'.count('a', x=1)", "str.count('a', 'a', x=1)", "dict.fromkeys('a', x=1)", "bytearray().extend(x=1)"]:
    try:
        exec(text)
    except TypeError as e:
        print(text, "->", e)
