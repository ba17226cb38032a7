<?php

namespace App\Http\Controllers;

use App\Models\Photo;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class PhotoController extends Controller
{
    public function index()
    {
        return view('photos.index', ['photos' => Photo::latest()->paginate(20)]);
    }

    public function store(Request $request)
    {
        $request->validate(['photo' => ['required', 'image', 'max:10240']]);

        $path = $request->file('photo')->store('photos', 's3');

        return Photo::create(['path' => $path, 'url' => Storage::disk('s3')->url($path)]);
    }
}
