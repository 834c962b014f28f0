LOCK orders;
