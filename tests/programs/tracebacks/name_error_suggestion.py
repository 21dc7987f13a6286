# An uncaught NameError with a "Did you mean" suggestion from a nearby local name.
def compute_total(prices, quantities):
    running_total = 0
    for price, quantity in zip(prices, quantities):
        running_total += price * quantity
        print("subtotal", running_total)
    return runing_total


compute_total([1.5, 2.0], [2, 3])
