def main():
    print("working")
