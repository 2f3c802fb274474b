print("pkg runs", __name__)
VERSION = "1.0"
