from lint_news.cli import main

main()
