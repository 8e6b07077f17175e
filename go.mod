module github.com/conndoctor/conndoctor

go 1.26.8
