from diffsrc.cli import main

main()
