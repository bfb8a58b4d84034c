"""A small FastAPI backend in the shape Function Compute serves: one HTTP server on 0.0.0.0:9000."""
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="fastapi-hello")

_items: dict[int, "Item"] = {}


class Item(BaseModel):
    name: str
    price: float


@app.get("/health")
def health() -> dict:
    # FC sets FC_FUNC_CODE_PATH; locally it is unset.
    return {"status": "ok", "code_path": os.environ.get("FC_FUNC_CODE_PATH")}


@app.get("/")
def hello(name: str = "world") -> dict:
    return {"message": f"hello, {name}"}


@app.put("/items/{item_id}")
def put_item(item_id: int, item: Item) -> Item:
    _items[item_id] = item
    return item


@app.get("/items/{item_id}")
def get_item(item_id: int) -> Item:
    if item_id not in _items:
        raise HTTPException(status_code=404, detail="no such item")
    return _items[item_id]
