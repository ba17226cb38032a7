<?php

use App\Http\Controllers\PhotoController;
use Illuminate\Support\Facades\Route;

Route::get('/', [PhotoController::class, 'index']);
Route::post('/photos', [PhotoController::class, 'store']);
