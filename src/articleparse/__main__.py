from articleparse.cli import main

main()
