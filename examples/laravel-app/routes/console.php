<?php

use Illuminate\Support\Facades\Schedule;

Schedule::command('photos:prune-drafts')
    ->daily()
    ->onOneServer();
