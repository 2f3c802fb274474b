LOCAL = "the queue.py beside the script"
