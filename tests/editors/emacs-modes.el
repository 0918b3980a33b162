;;; emacs-modes.el --- which buffers the documented eglot recipe starts eglot in  -*- lexical-binding: t -*-
;; Run by tests/test_neovim.py: emacs --batch -l RECIPE.el -l emacs-modes.el FILE...
;; eglot-ensure is replaced by a recorder, so no server is started; for each FILE this
;; prints "FILE MAJOR-MODE started|skipped" and, last, the eglot-server-programs entry
;; for markdown-mode.
(require 'eglot)
(require 'markdown-mode nil t)
(defvar lint-news-started nil)
(advice-add 'eglot-ensure :override (lambda () (setq lint-news-started t)))
(dolist (file command-line-args-left)
  (setq lint-news-started nil)
  (with-current-buffer (find-file-noselect file)
    (princ (format "%s %s %s\n" (file-name-nondirectory file) major-mode (if lint-news-started "started" "skipped")))))
(princ (format "programs %S\n" (cdr (assoc '(markdown-mode gfm-mode text-mode html-mode mhtml-mode) eglot-server-programs))))
(setq command-line-args-left nil)
